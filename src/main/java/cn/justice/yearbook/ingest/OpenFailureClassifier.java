package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.RecordInputStream.LeftoverDataException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.XLSBUnsupportedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

import static cn.justice.yearbook.finding.Rule.FILE_ENCRYPTED;
import static cn.justice.yearbook.finding.Rule.FILE_SECURITY_LIMIT;
import static cn.justice.yearbook.finding.Rule.FILE_TOO_LARGE;
import static cn.justice.yearbook.finding.Rule.FILE_UNREADABLE;
import static cn.justice.yearbook.finding.Rule.FILE_UNSUPPORTED_FORMAT;

/**
 * Turns whatever POI threw while opening a file (checked or not, and the few errors worth surviving) into
 * the rule and Chinese detail staff see. POI wraps freely (a POIXMLException around an IOException around
 * the SAXParseException that matters), so the whole cause chain is searched, the most specific verdict first.
 */
final class OpenFailureClassifier {

    /** What POI cannot parse though Excel may well open it: say so rather than blame the sender. */
    static final String PARSER_LIMIT = "本系统的读取组件无法解析文件中的部分内容（Excel 可能仍能正常打开）";
    static final String DAMAGED = "文件已损坏，内部结构有错";

    private static final Logger log = LoggerFactory.getLogger(OpenFailureClassifier.class);

    private record Verdict(Rule rule, String detailZh) {
    }

    private OpenFailureClassifier() {
    }

    /**
     * @param kind  what the sniffer said the file is
     * @param stage what the opener was doing, for the log
     */
    static UnreadableFileException classify(Throwable failure, FileKind kind, String stage) {
        List<Throwable> chain = chain(failure);
        Verdict verdict = verdict(chain);
        String operatorMessage = kind.nameEn() + ", " + stage + ": " + WorkbookOpener.describe(failure);
        log.debug("{} → {}", operatorMessage, verdict.rule(), failure); // the stack trace, when asked for
        return new UnreadableFileException(verdict.rule(), verdict.detailZh(), operatorMessage, failure);
    }

    /** Whether an XML parser refused a DOCTYPE, an entity expansion or an external access somewhere in the chain. */
    static boolean isXmlAttack(Throwable failure) {
        return chain(failure).stream().anyMatch(OpenFailureClassifier::refusedXml);
    }

    private static boolean refusedXml(Throwable t) {
        return messageHas(t, "doctype", "entity expansion", "external entit", "accessexternal", "access is not allowed");
    }

    private static Verdict verdict(List<Throwable> chain) {
        if (has(chain, EncryptedDocumentException.class)) {
            return new Verdict(FILE_ENCRYPTED, "加密文件");
        }
        Verdict limit = securityLimit(chain);
        if (limit != null) {
            return limit;
        }
        Verdict format = unsupportedFormat(chain);
        if (format != null) {
            return format;
        }
        if (has(chain, LeftoverDataException.class) || has(chain, RecordFormatException.class)) {
            return new Verdict(FILE_UNREADABLE, PARSER_LIMIT);
        }
        if (has(chain, ZipException.class) || has(chain, EOFException.class)
                || chain.stream().anyMatch(t -> messageHas(t, "truncated", "unexpected end"))) {
            return new Verdict(FILE_UNREADABLE, FileKind.TRUNCATED_ZIP.detailZh());
        }
        return new Verdict(FILE_UNREADABLE, DAMAGED);
    }

    private static Verdict securityLimit(List<Throwable> chain) {
        if (chain.stream().anyMatch(OpenFailureClassifier::refusedXml)) {
            return new Verdict(FILE_SECURITY_LIMIT, "XML 中含有 DOCTYPE 或实体声明（可能是“XML 炸弹”）");
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "max size of the expanded data"))) {
            return new Verdict(FILE_TOO_LARGE, "解压后单个部分超过 " + (PoiSecurityLimits.MAX_ENTRY_SIZE >> 20) + " MB 的上限");
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "zip bomb"))) {
            return new Verdict(FILE_SECURITY_LIMIT, "压缩比异常，疑似“压缩炸弹”");
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "more internal file entries"))) {
            return new Verdict(FILE_SECURITY_LIMIT, "内部组成部分过多（超过 " + PoiSecurityLimits.MAX_FILE_COUNT + " 个）");
        }
        if (chain.stream().anyMatch(t -> t instanceof RecordFormatException
                && messageHas(t, "maximum length for this record type"))) {
            return new Verdict(FILE_SECURITY_LIMIT, "文件声明的数据长度超出安全上限");
        }
        if (has(chain, StackOverflowError.class)) {
            return new Verdict(FILE_SECURITY_LIMIT, "文件结构嵌套过深");
        }
        if (has(chain, OutOfMemoryError.class)) {
            return new Verdict(FILE_TOO_LARGE, "内容过多，读取时超出内存上限");
        }
        return null;
    }

    private static Verdict unsupportedFormat(List<Throwable> chain) {
        if (has(chain, OldExcelFormatException.class)) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.EXCEL_95.detailZh());
        }
        if (has(chain, XLSBUnsupportedException.class)) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.XLSB.detailZh());
        }
        if (has(chain, ODFNotOfficeXmlFileException.class)) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.ODF_SPREADSHEET.detailZh());
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "strict ooxml"))) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.STRICT_OOXML.detailZh());
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "really a doc file"))) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.WORD_OLE2.detailZh());
        }
        if (chain.stream().anyMatch(t -> messageHas(t, "really a ppt file"))) {
            return new Verdict(FILE_UNSUPPORTED_FORMAT, FileKind.POWERPOINT_OLE2.detailZh());
        }
        if (has(chain, NotOfficeXmlFileException.class) || has(chain, NotOLE2FileException.class)) {
            return new Verdict(FILE_UNREADABLE, DAMAGED);
        }
        return null;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 32; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean has(List<Throwable> chain, Class<? extends Throwable> type) {
        return chain.stream().anyMatch(type::isInstance);
    }

    private static boolean messageHas(Throwable t, String... fragments) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
