package cn.justice.yearbook.ingest;

import cn.justice.yearbook.finding.Rule;

import static cn.justice.yearbook.finding.Rule.FILE_EMPTY;
import static cn.justice.yearbook.finding.Rule.FILE_ENCRYPTED;
import static cn.justice.yearbook.finding.Rule.FILE_SECURITY_LIMIT;
import static cn.justice.yearbook.finding.Rule.FILE_UNREADABLE;
import static cn.justice.yearbook.finding.Rule.FILE_UNSUPPORTED_FORMAT;

/**
 * What a dropped file really is, judged from its bytes and container structure, never from its name.
 * Each kind names itself for staff (Chinese, the {@code {1}} of the rule's message) and for the log (English),
 * and says which rule rejects it; only the spreadsheet kinds are opened.
 */
public enum FileKind {
    /** Excel 2007+ workbook: xlsx, xlsm, xltx, xltm. */
    XLSX(null, "Excel 工作簿", "OOXML spreadsheet"),
    /** Excel 97–2003 workbook: BIFF8 in an OLE2 container. */
    XLS(null, "Excel 97-2003 工作簿", "BIFF8 workbook in OLE2"),
    /** An xls with a FILEPASS record: opened only if Excel's built-in default password decrypts it. */
    ENCRYPTED_XLS(FILE_ENCRYPTED, "加密的 Excel 97-2003 工作簿", "BIFF8 workbook with a FILEPASS record"),
    /** An xlsx inside an OLE2 container: opened only if Excel's built-in default password decrypts it. */
    ENCRYPTED_OOXML(FILE_ENCRYPTED, "加密的 Excel 工作簿", "OLE2 with EncryptionInfo and EncryptedPackage"),
    ENCRYPTED_ZIP(FILE_ENCRYPTED, "加密的压缩文件", "zip with encrypted entries"),

    STRICT_OOXML(FILE_UNSUPPORTED_FORMAT, "严格 Open XML 格式", "Strict OOXML spreadsheet"),
    XLSB(FILE_UNSUPPORTED_FORMAT, "Excel 二进制工作簿（.xlsb）", "xlsb binary workbook"),
    WORD_OOXML(FILE_UNSUPPORTED_FORMAT, "Word 文档", "Word OOXML document"),
    POWERPOINT_OOXML(FILE_UNSUPPORTED_FORMAT, "PowerPoint 演示文稿", "PowerPoint OOXML presentation"),
    OTHER_OOXML(FILE_UNSUPPORTED_FORMAT, "其他 Office 文档，不是 Excel 工作簿", "OOXML package of another kind"),
    ODF_SPREADSHEET(FILE_UNSUPPORTED_FORMAT, "OpenDocument 表格（.ods）", "ODF spreadsheet"),
    ODF_OTHER(FILE_UNSUPPORTED_FORMAT, "OpenDocument 文档（如 .odt）", "ODF document of another kind"),
    ZIP_ARCHIVE(FILE_UNSUPPORTED_FORMAT, "ZIP 压缩包", "zip archive that is not an Office package"),
    EXCEL_95(FILE_UNSUPPORTED_FORMAT, "Excel 5.0/95 工作簿", "BIFF5 workbook (Excel 5.0/95)"),
    OLD_EXCEL(FILE_UNSUPPORTED_FORMAT, "Excel 2.x–4.0 旧版工作表", "raw BIFF2-4 stream (Excel 2.x-4.0)"),
    WORD_OLE2(FILE_UNSUPPORTED_FORMAT, "Word 97-2003 文档（.doc）", "Word 97-2003 document in OLE2"),
    POWERPOINT_OLE2(FILE_UNSUPPORTED_FORMAT, "PowerPoint 97-2003 演示文稿（.ppt）", "PowerPoint 97-2003 in OLE2"),
    OTHER_OLE2(FILE_UNSUPPORTED_FORMAT, "其他 Office 97-2003 文档，不是 Excel 工作簿", "OLE2 file without a workbook"),
    SPREADSHEET_ML_2003(FILE_UNSUPPORTED_FORMAT, "Excel 2003 XML 表格", "SpreadsheetML 2003 XML"),
    HTML(FILE_UNSUPPORTED_FORMAT, "网页文件（HTML），不是真正的 Excel 工作簿", "HTML or MHT web page"),
    XML(FILE_UNSUPPORTED_FORMAT, "XML 文件", "XML of an unknown vocabulary"),
    CSV(FILE_UNSUPPORTED_FORMAT, "CSV 文本文件", "delimited text (CSV/TSV)"),
    TEXT(FILE_UNSUPPORTED_FORMAT, "纯文本文件", "plain text"),
    RTF(FILE_UNSUPPORTED_FORMAT, "RTF 文档", "RTF document"),
    PDF(FILE_UNSUPPORTED_FORMAT, "PDF 文件", "PDF document"),
    IMAGE(FILE_UNSUPPORTED_FORMAT, "图片文件", "image"),
    ARCHIVE(FILE_UNSUPPORTED_FORMAT, "压缩包（RAR、7z 或 GZIP）", "RAR/7z/gzip archive"),
    UNKNOWN(FILE_UNSUPPORTED_FORMAT, "无法识别的文件类型", "unrecognised binary"),

    EMPTY(FILE_EMPTY, "空文件", "empty file"),
    TRUNCATED_ZIP(FILE_UNREADABLE, "文件不完整，可能在复制、下载或保存时被截断", "zip without a readable central directory"),
    EMPTY_ZIP(FILE_UNREADABLE, "文件内容为空，可能保存时出错", "zip archive with no entries"),
    DUPLICATE_ZIP_ENTRIES(FILE_UNREADABLE, "文件内部有重名的组成部分，可能被改动过", "zip with duplicate entry names"),
    /** LZMA, PPMd, Zstandard, XZ, …: methods that commons-compress cannot decode here (see ZipPackageSniffer). */
    UNREADABLE_ZIP_METHOD(FILE_UNREADABLE, "文件内部使用了 Excel 和 WPS 都不使用的压缩方式，可能被其他软件改动过",
            "zip with entries compressed by a method not decoded here"),
    BROKEN_OOXML(FILE_UNREADABLE, "文件内部结构不完整，找不到工作簿主体", "OOXML package without a usable main part"),
    BROKEN_OLE2(FILE_UNREADABLE, "文件已损坏，Office 97-2003 文件结构有错", "OLE2 container that cannot be read"),
    SUSPICIOUS_OOXML(FILE_SECURITY_LIMIT, "文件的内部结构说明含有 DOCTYPE 声明或体积异常",
            "OOXML package whose content types or relationships are hostile");

    private final Rule rule;
    private final String detailZh;
    private final String nameEn;

    FileKind(Rule rule, String detailZh, String nameEn) {
        this.rule = rule;
        this.detailZh = detailZh;
        this.nameEn = nameEn;
    }

    /** The rule a file of this kind is rejected under; null for the kinds that are opened. */
    public Rule rule() {
        return rule;
    }

    /** How staff would name it, e.g. 「Word 文档」. */
    public String detailZh() {
        return detailZh;
    }

    /** How the operator log names it. */
    public String nameEn() {
        return nameEn;
    }

    /** Whether the opener tries POI on it: the workbook kinds, and encryption that may use Excel's default password. */
    public boolean openable() {
        return this == XLSX || this == XLS || this == ENCRYPTED_XLS || this == ENCRYPTED_OOXML;
    }
}
