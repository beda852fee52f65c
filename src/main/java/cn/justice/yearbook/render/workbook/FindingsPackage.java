package cn.justice.yearbook.render.workbook;

import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static cn.justice.yearbook.render.workbook.FindingsSheetXml.MAIN_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.REL_NS;
import static cn.justice.yearbook.render.workbook.FindingsSheetXml.XML_HEAD;

/**
 * A feedback workbook that is the findings sheet alone (a rejected file, or one with nothing to point at),
 * written straight as an xlsx package: the same sheet {@link FindingsSheet} puts into a copy, without
 * building and saving a POI workbook (well under a millisecond a file, BENCHMARKS.md).
 */
final class FindingsPackage {

    private static final String STYLES = XML_HEAD + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"" + FindingsSheetXml.FONTS.size() + "\">" + String.join("", FindingsSheetXml.FONTS) + "</fonts>"
            + "<fills count=\"3\">" + FindingsSheetXml.NO_FILL + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + FindingsSheetXml.GREY_FILL + "</fills>"
            + "<borders count=\"" + FindingsSheetXml.BORDERS.size() + "\">" + String.join("", FindingsSheetXml.BORDERS) + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"" + FindingsSheetXml.CELL_XFS + "\">" + FindingsSheetXml.cellXfs(0, 0, 2, 0) + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private FindingsPackage() {
    }

    static void write(FindingsLayout layout, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // parts of a few kilobytes: the default level costs more than it saves
        put(zip, ContentTypes.PART, XML_HEAD
                + "<Types xmlns=\"" + ContentTypes.NS + "\">"
                + "<Default Extension=\"rels\" ContentType=\"" + org.apache.poi.openxml4j.opc.ContentTypes.RELATIONSHIPS_PART + "\"/>"
                + "<Default Extension=\"xml\" ContentType=\"" + org.apache.poi.openxml4j.opc.ContentTypes.PLAIN_OLD_XML + "\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ContentTypes.WORKBOOK + "\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ContentTypes.WORKSHEET + "\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + XSSFRelation.STYLES.getContentType() + "\"/>"
                + "</Types>");
        put(zip, "_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PackageRelationships.NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + PackageRelationshipTypes.CORE_DOCUMENT + "\" Target=\"xl/workbook.xml\"/></Relationships>");
        String printTitles = FindingsSheetXml.printTitles(layout, FindingsLayout.SHEET_NAME);
        put(zip, "xl/workbook.xml", XML_HEAD + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + FindingsLayout.SHEET_NAME + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + printTitles + "</definedName></definedNames>"
                + "</workbook>");
        put(zip, "xl/_rels/workbook.xml.rels", XML_HEAD + "<Relationships xmlns=\"" + PackageRelationships.NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + XSSFRelation.WORKSHEET.getRelation() + "\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + XSSFRelation.STYLES.getRelation() + "\" Target=\"styles.xml\"/></Relationships>");
        put(zip, "xl/styles.xml", STYLES);
        put(zip, "xl/worksheets/sheet1.xml", FindingsSheetXml.worksheet(layout, 0));
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
