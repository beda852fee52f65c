package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.common.AtomicFiles;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.REL_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.XML_HEAD;

/**
 * A workbook of our own making (the yearbook's companion tables, the receipts, a feedback workbook that is the
 * findings sheet alone), written straight as an xlsx package instead of built and saved through POI's object
 * model: that took about 0.4 s of a one-shot run's CPU (BENCHMARKS.md, eleventh round). Reproducible like
 * {@link WorkbookFiles}: the document properties and the zip entries carry the given time, not the clock.
 */
public final class PlainWorkbook {

    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final DateTimeFormatter W3C_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final WorkbookStyles styles = new WorkbookStyles();
    private final List<PlainSheet> sheets = new ArrayList<>();

    /** A new sheet after the others. */
    public PlainSheet sheet(String name) {
        PlainSheet sheet = new PlainSheet(name, styles::index);
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook to {@code target} in one rename: a crash leaves the previous file, never half a file. */
    public Path write(Path target, String title, String creator, Instant stamp) throws IOException {
        return AtomicFiles.write(target, out -> write(out, title, creator, stamp));
    }

    /** @param title the document's title, or null; {@code creator} likewise */
    public void write(OutputStream target, String title, String creator, Instant stamp) throws IOException {
        LocalDateTime entryTime = LocalDateTime.ofInstant(stamp, WorkbookFiles.ZONE);
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // parts of a few kilobytes: the default level costs more than it saves
        put(zip, ContentTypes.PART, contentTypes(), entryTime);
        put(zip, "_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PackageRelationships.NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + PackageRelationshipTypes.CORE_DOCUMENT + "\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + PackageRelationshipTypes.CORE_PROPERTIES + "\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>", entryTime);
        put(zip, "docProps/core.xml", coreProperties(title, creator, stamp), entryTime);
        put(zip, "xl/workbook.xml", workbook(), entryTime);
        put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(), entryTime);
        put(zip, "xl/styles.xml", styles.xml(), entryTime);
        for (int i = 0; i < sheets.size(); i++) {
            put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml(i == 0), entryTime);
        }
        zip.finish();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(1024).append(XML_HEAD).append("<Types xmlns=\"").append(ContentTypes.NS).append("\">")
                .append("<Default Extension=\"rels\" ContentType=\"").append(org.apache.poi.openxml4j.opc.ContentTypes.RELATIONSHIPS_PART)
                .append("\"/><Default Extension=\"xml\" ContentType=\"").append(org.apache.poi.openxml4j.opc.ContentTypes.PLAIN_OLD_XML)
                .append("\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(ContentTypes.WORKBOOK)
                .append("\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"").append(XSSFRelation.STYLES.getContentType())
                .append("\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"").append(CORE_PROPERTIES).append("\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append(ContentTypes.WORKSHEET).append("\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String coreProperties(String title, String creator, Instant stamp) {
        String time = W3C_TIME.format(LocalDateTime.ofInstant(stamp, ZoneOffset.UTC));
        return XML_HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + time + "</dcterms:created>"
                + (creator == null ? "" : "<dc:creator>" + FindingsSheetXml.escaped(creator) + "</dc:creator>")
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + time + "</dcterms:modified>"
                + (title == null ? "" : "<dc:title>" + FindingsSheetXml.escaped(title) + "</dc:title>")
                + "</cp:coreProperties>";
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(1024).append(XML_HEAD)
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(FindingsSheetXml.escaped(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            names.append(sheets.get(i).definedNames(i));
        }
        xml.append("</sheets>");
        if (!names.isEmpty()) {
            xml.append("<definedNames>").append(names).append("</definedNames>");
        }
        return xml.append("</workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder xml = new StringBuilder(1024).append(XML_HEAD).append("<Relationships xmlns=\"").append(PackageRelationships.NS).append("\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(XSSFRelation.WORKSHEET.getRelation())
                    .append("\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(XSSFRelation.STYLES.getRelation())
                .append("\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String xml, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
