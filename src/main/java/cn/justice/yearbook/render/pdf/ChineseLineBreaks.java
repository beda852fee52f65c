package cn.justice.yearbook.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: after any Chinese character or punctuation mark, except
 * that closing punctuation never starts a line and opening punctuation never ends one (避头尾).
 * OpenPDF by itself breaks between any two Chinese characters, stranding 「）」 and 「。」.
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    static final String NO_LINE_START = "）)】」』”’，。、：；！？%．·…";
    static final String NO_LINE_END = "（(【「『“‘";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
