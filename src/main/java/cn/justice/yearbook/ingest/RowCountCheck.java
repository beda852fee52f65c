package cn.justice.yearbook.ingest;

import cn.justice.yearbook.common.ZipBytes;
import cn.justice.yearbook.finding.Rule;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a workbook with a sheet of more rows holding data than a township report could have
 * ({@code yearbook.ingest.max-rows}). A report has a few dozen rows; a sheet of 100,000 is a ledger pasted in
 * by mistake, and POI would spend seconds and hundreds of MB parsing it only for the reader to look at the
 * top. So for an xlsx the sheets are counted as a stream before POI parses anything, stopping at the first
 * row over the limit; an opened workbook (an xls, or a sheet stored under an unusual name) is counted again.
 *
 * <p>Only rows with a value count: Excel writes empty rows for formatting alone (57893-many-merges.xlsx has
 * 50,000 of them and no data), and those cost little.
 */
final class RowCountCheck {

    private static final Pattern WORKSHEET_PART = Pattern.compile("(?i)(.*/)?worksheets/[^/]+\\.xml");
    private static final int MAX_WORKBOOK_PART_BYTES = 1 << 20;

    private RowCountCheck() {
    }

    /** Counts the rows of every worksheet part of a package that {@link ZipIntegrityCheck} has passed. */
    static void verify(ZipBytes zip, int maxRows) throws UnreadableFileException {
        try (ZipFile file = zip.centralDirectory()) {
            Map<String, String> names = null;
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                if (!WORKSHEET_PART.matcher(entry.getName()).matches()) {
                    continue;
                }
                boolean tooMany;
                try (InputStream in = file.getInputStream(entry)) {
                    tooMany = exceeds(in, maxRows);
                }
                if (tooMany) {
                    names = names == null ? sheetNames(file) : names;
                    String sheet = names.getOrDefault(entry.getName().toLowerCase(Locale.ROOT), entry.getName());
                    throw tooManyRows(sheet, maxRows, "part " + entry.getName());
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // damage is for POI to find and the classifier to name; this check only counts
        }
    }

    /** Counts the rows of an opened workbook. */
    static void verify(Workbook workbook, int maxRows) throws UnreadableFileException {
        for (Sheet sheet : workbook) {
            if (sheet.getPhysicalNumberOfRows() <= maxRows) {
                continue;
            }
            int rows = 0;
            for (Row row : sheet) {
                if (holdsData(row) && ++rows > maxRows) {
                    throw tooManyRows(sheet.getSheetName(), maxRows, "opened sheet");
                }
            }
        }
    }

    private static boolean holdsData(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK) {
                return true;
            }
        }
        return false;
    }

    /** Streams a sheet part: {@code <row>} elements with a value ({@code <v>}), inline text or a formula. */
    private static boolean exceeds(InputStream in, int maxRows) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            int rows = 0;
            boolean data = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> data = false;
                        case "v", "is", "f" -> data = true;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && data
                        && ++rows > maxRows) {
                    return true;
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /** Sheet names by part name (lower case), from xl/workbook.xml and its relationships; empty if unreadable. */
    private static Map<String, String> sheetNames(ZipFile file) {
        Map<String, String> names = new HashMap<>();
        try {
            Document workbook = parse(file, "xl/workbook.xml");
            Document rels = parse(file, "xl/_rels/workbook.xml.rels");
            if (workbook == null || rels == null) {
                return names;
            }
            Map<String, String> targets = new HashMap<>();
            NodeList relations = rels.getElementsByTagNameNS("*", "Relationship");
            for (int i = 0; i < relations.getLength(); i++) {
                Element rel = (Element) relations.item(i);
                String target = rel.getAttribute("Target");
                targets.put(rel.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
            NodeList sheets = workbook.getElementsByTagNameNS("*", "sheet");
            for (int i = 0; i < sheets.getLength(); i++) {
                Element sheet = (Element) sheets.item(i);
                String id = sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                String target = targets.get(id);
                if (target != null) {
                    names.put(target.toLowerCase(Locale.ROOT), sheet.getAttribute("name"));
                }
            }
        } catch (IOException | org.xml.sax.SAXException | RuntimeException e) {
            names.clear(); // the part name will do
        }
        return names;
    }

    private static Document parse(ZipFile file, String name) throws IOException, org.xml.sax.SAXException {
        ZipArchiveEntry entry = file.getEntry(name);
        if (entry == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_WORKBOOK_PART_BYTES);
        }
        return XMLHelper.newDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(bytes)));
    }

    private static UnreadableFileException tooManyRows(String sheet, int maxRows, String where) {
        return new UnreadableFileException(Rule.FILE_TOO_LARGE,
                "工作表「" + sheet + "」中填有数据的行超过 " + maxRows + " 行的上限",
                "sheet " + sheet + " (" + where + ") has more than " + maxRows + " rows holding data", null);
    }
}
