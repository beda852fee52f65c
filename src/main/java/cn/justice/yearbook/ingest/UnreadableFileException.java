package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;

/**
 * A dropped file that cannot be opened as a workbook.
 *
 * @see #rule() which file-level rule it falls under (corrupt, encrypted, unsupported, security limit …)
 * @see #detailZh() a short Chinese description for the staff message, e.g. 「Word 文档」
 */
public class UnreadableFileException extends Exception {

    private final Rule rule;
    private final String detailZh;

    public UnreadableFileException(Rule rule, String detailZh, String operatorMessage, Throwable cause) {
        super(operatorMessage, cause);
        this.rule = rule;
        this.detailZh = detailZh;
    }

    public Rule rule() {
        return rule;
    }

    public String detailZh() {
        return detailZh;
    }
}
