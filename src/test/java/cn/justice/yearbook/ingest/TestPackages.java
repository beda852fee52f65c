package cn.justice.yearbook.ingest;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the files the hostile-file tests drop: real workbooks from POI, and hand-made OOXML packages
 * (with plain java.util.zip) whose parts can be anything, including things Excel would never write.
 */
final class TestPackages {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Writes the body of a part straight into the zip, so a huge part never sits in memory. */
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private TestPackages() {
    }

    /** A small real workbook written by POI: a township report with a header and a few indicators. */
    static byte[] realXlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("报表");
            sheet.createRow(0).createCell(0).setCellValue("法治政府建设统计年报（2025 年度）");
            XSSFRow header = sheet.createRow(2);
            header.createCell(0).setCellValue("指标名称");
            header.createCell(1).setCellValue("本年数值");
            for (int i = 0; i < 40; i++) {
                XSSFRow row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue("人民调解案件数 " + i);
                row.createCell(1).setCellValue(40 + i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal xlsx: one sheet with the given {@code <sheetData>} content, shared strings, and extra parts. */
    static final class Xlsx {
        private PartWriter sheetData = out -> { };
        private final StringBuilder sharedStrings = new StringBuilder();
        private int sharedCount;
        private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
        private final StringBuilder extraRels = new StringBuilder();
        private final StringBuilder extraTypes = new StringBuilder();
        private String contentTypesPrefix = "";
        private String sharedStringsPrefix = "";
        private String afterSheetData = "";

        Xlsx sheetData(String xml) {
            return sheetData(out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
        }

        Xlsx sheetData(PartWriter writer) {
            this.sheetData = writer;
            return this;
        }

        Xlsx sharedString(String text) {
            return sharedStringRaw("<si><t>" + text + "</t></si>");
        }

        /** A shared string item written as given, e.g. rich text runs. */
        Xlsx sharedStringRaw(String si) {
            sharedStrings.append(si);
            sharedCount++;
            return this;
        }

        /** A part related from the workbook, e.g. xl/xmlMaps.xml. */
        Xlsx workbookPart(String name, String contentType, String relType, String xml) {
            extraParts.put(name, xml.getBytes(StandardCharsets.UTF_8));
            extraTypes.append("<Override PartName=\"/").append(name).append("\" ContentType=\"").append(contentType).append("\"/>");
            extraRels.append("<Relationship Id=\"rIdX").append(extraParts.size()).append("\" Type=\"").append(relType)
                    .append("\" Target=\"").append(name.substring("xl/".length())).append("\"/>");
            return this;
        }

        /** A relationship from the workbook to an external address (nothing may ever fetch it). */
        Xlsx externalRelationship(String relType, String target) {
            extraRels.append("<Relationship Id=\"rIdE").append(extraRels.length()).append("\" Type=\"").append(relType)
                    .append("\" Target=\"").append(target).append("\" TargetMode=\"External\"/>");
            return this;
        }

        /** Any entry at all, not related from anything (padding, junk). */
        Xlsx looseEntry(String name, byte[] bytes) {
            extraParts.put(name, bytes);
            return this;
        }

        /** Text put before {@code <Types>} in [Content_Types].xml, e.g. a DOCTYPE. */
        Xlsx contentTypesPrefix(String prefix) {
            this.contentTypesPrefix = prefix;
            return this;
        }

        /** Elements after {@code <sheetData>} in the sheet, e.g. {@code <mergeCells>}. */
        Xlsx afterSheetData(String xml) {
            this.afterSheetData = xml;
            return this;
        }

        /** Text put before {@code <sst>} in xl/sharedStrings.xml. */
        Xlsx sharedStringsPrefix(String prefix) {
            this.sharedStringsPrefix = prefix;
            return this;
        }

        byte[] build() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + contentTypesPrefix
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + extraTypes + "</Types>");
                put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                        + "\" xmlns:r=\"" + REL_NS + "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + extraRels + "</Relationships>");
                put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sharedStringsPrefix + "<sst xmlns=\"" + MAIN_NS + "\" count=\""
                        + sharedCount + "\" uniqueCount=\"" + sharedCount + "\">" + sharedStrings + "</sst>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
                sheetData.write(zip);
                zip.write(("</sheetData>" + afterSheetData + "</worksheet>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** A zip of the given entries, in order, deflated. */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A minimal but valid Word document, the way a renamed .docx arrives. */
    static byte[] docx() {
        return ooxml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>关于报送 2025 年度法治政府建设统计数据的说明</w:t></w:r></w:p></w:body></w:document>");
    }

    /** An OOXML package with one main part of the given content type. */
    static byte[] ooxml(String mainPart, String contentType, String xml) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + contentType + "\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"" + mainPart + "\"/></Relationships>");
        parts.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
        return zip(parts);
    }

    /** Replaces every occurrence of one ASCII string by another of the same length, e.g. an entry name. */
    static byte[] replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        if (f.length != t.length) {
            throw new IllegalArgumentException("lengths differ");
        }
        byte[] copy = bytes.clone();
        int replaced = 0;
        for (int i = 0; i <= copy.length - f.length; i++) {
            if (matches(copy, i, f)) {
                System.arraycopy(t, 0, copy, i, t.length);
                replaced++;
            }
        }
        if (replaced == 0) {
            throw new IllegalArgumentException(from + " not found");
        }
        return copy;
    }

    /** A check of one damaged copy: the byte at {@code at} changed the {@code variant}th way. */
    interface DamageCheck {
        void check(byte[] damaged, int at, int variant) throws Exception;
    }

    /**
     * Each byte at {@code positions} changed on its own, three ways (its lowest bit flipped, its highest, a random
     * byte), each copy handed to {@code check}; returns how many copies were checked.
     */
    static int eachDamagedCopy(byte[] bytes, List<Integer> positions, Random random, DamageCheck check) throws Exception {
        int checked = 0;
        for (int at : positions) {
            for (int variant = 0; variant < 3; variant++) {
                byte[] damaged = bytes.clone();
                damaged[at] = switch (variant) {
                    case 0 -> (byte) (damaged[at] ^ 0x01);
                    case 1 -> (byte) (damaged[at] ^ 0x80);
                    default -> (byte) random.nextInt(256);
                };
                check.check(damaged, at, variant);
                checked++;
            }
        }
        return checked;
    }

    /**
     * Where to damage a zip: the first {@code window} bytes of each record of the given kinds ("PK" then {@code kind},
     * {@code kind + 1}: 1 a central header, 3 a local one, 5 the end record, 7 a data descriptor), then {@code scattered}
     * positions anywhere; added to {@code positions} in that order.
     */
    static List<Integer> addDamagePositions(List<Integer> positions, byte[] zip, int window, int scattered, Random random,
                                            int... kinds) {
        for (int i = 0; i + 3 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 3] == zip[i + 2] + 1) {
                for (int kind : kinds) {
                    if (zip[i + 2] == kind) {
                        for (int at = i; at < i + window && at < zip.length; at++) {
                            positions.add(at);
                        }
                    }
                }
            }
        }
        for (int n = 0; n < scattered; n++) {
            positions.add(random.nextInt(zip.length));
        }
        return positions;
    }

    /** The two byte arrays one after the other, e.g. a stub before a zip. */
    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Offset of the first occurrence of {@code signature} at or after {@code from}. */
    static int indexOf(byte[] bytes, byte[] signature, int from) {
        for (int i = from; i <= bytes.length - signature.length; i++) {
            if (matches(bytes, i, signature)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
