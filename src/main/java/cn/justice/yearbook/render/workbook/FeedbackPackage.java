package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.render.workbook.FeedbackWorkbookPart.SheetEntry;
import cn.justice.yearbook.render.workbook.PackageRelationships.Relationship;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * The feedback copy of an ordinary .xlsx written at the package level: every part of the township's package the
 * feedback does not change is copied byte for byte (still compressed), and only the workbook, its relationships,
 * the styles, the content types and the marked sheets are rewritten, with the findings sheet
 * ({@link FindingsSheetXml}) and the comments ({@link CommentParts}) added. It reads in POI and Excel as the copy
 * POI makes ({@link FindingsSheet}, {@link CellMarker}), in a fraction of the time.
 *
 * <p>Whatever it would not write exactly right it declines ({@link CopyDeclined}), and the caller makes the
 * copy with POI: Strict OOXML, macro-enabled and template workbooks, chart and dialog sheets, a workbook with
 * comments or VML drawings already, parts with prefixed or unexpected elements, cells or rows without addresses
 * or out of order.
 */
final class FeedbackPackage {

    private static final String WORKSHEET_REL = XSSFRelation.WORKSHEET.getRelation();
    private static final String STYLES_REL = XSSFRelation.STYLES.getRelation();
    private static final String COMMENTS_REL = XSSFRelation.SHEET_COMMENTS.getRelation();
    private static final String VML_REL = XSSFRelation.VML_DRAWINGS.getRelation();

    private final SourcePackage source;
    private final Map<String, byte[]> changed = new LinkedHashMap<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();
    private String workbookPart;
    private int drawings;

    private FeedbackPackage(SourcePackage source) {
        this.source = source;
    }

    /** The copy's bytes: the township's package {@code xlsx} with the findings sheet first and the cells marked. */
    static byte[] copy(byte[] xlsx, FindingsLayout layout, List<CellMark> marks) throws CopyDeclined {
        try (SourcePackage source = SourcePackage.open(xlsx)) {
            FeedbackPackage copy = new FeedbackPackage(source);
            copy.build(layout, marks);
            return copy.zip();
        } catch (IOException e) {
            throw new CopyDeclined("cannot copy the package: " + e);
        }
    }

    private void build(FindingsLayout layout, List<CellMark> marks) throws CopyDeclined {
        ContentTypes types = new ContentTypes(source.xml(ContentTypes.PART));
        workbookPart = workbookPart();
        if (!ContentTypes.WORKBOOK.equals(types.of(workbookPart))) {
            throw new CopyDeclined("workbook part is " + types.of(workbookPart) + " (macro-enabled, template or add-in)");
        }
        for (ZipArchiveEntry entry : source.entries()) {
            if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".vml") || ContentTypes.VML.equals(types.of(entry.getName()))) {
                throw new CopyDeclined("the package has a VML drawing already: " + entry.getName());
            }
        }
        FeedbackWorkbookPart workbook = new FeedbackWorkbookPart(source.xml(workbookPart));
        PackageRelationships workbookRels = PackageRelationships.of(source, workbookPart);
        String stylesPart = stylesPart(workbookRels);
        FeedbackStyles styles = new FeedbackStyles(source.xml(stylesPart));

        Map<String, String> sheetParts = new LinkedHashMap<>();
        for (SheetEntry sheet : workbook.sheets()) {
            Relationship rel = workbookRels.byId(sheet.relationshipId());
            if (rel == null || !WORKSHEET_REL.equals(rel.type()) || rel.part() == null
                    || !ContentTypes.WORKSHEET.equals(types.of(rel.part()))) {
                throw new CopyDeclined("sheet " + sheet.name() + " is not an ordinary worksheet part");
            }
            sheetParts.put(sheet.name(), rel.part());
        }
        Map<String, List<CellMark>> marksBySheet = marksBySheet(marks, sheetParts);
        for (Map.Entry<String, String> sheet : sheetParts.entrySet()) {
            copySheet(sheet.getValue(), marksBySheet.getOrDefault(sheet.getKey(), List.of()), styles, types);
        }

        String findingsPart = source.freeName(SourcePackage.folderOf(workbookPart) + "worksheets/sheet%d.xml");
        added.put(findingsPart, FindingsSheetXml.worksheet(layout, styles.findingsXfs())
                .getBytes(StandardCharsets.UTF_8));
        types.override(findingsPart, ContentTypes.WORKSHEET);
        workbook.addFindingsSheet(workbookRels.add(WORKSHEET_REL, findingsPart), layout);

        changed.put(workbookPart, workbook.toBytes());
        changed.put(workbookRels.partName(), workbookRels.toBytes());
        changed.put(stylesPart, styles.toBytes());
        changed.put(ContentTypes.PART, types.toBytes());
    }

    /** Marks by the sheet's name as the workbook spells it; a mark on a sheet the workbook lacks is left out, as POI leaves it. */
    private static Map<String, List<CellMark>> marksBySheet(List<CellMark> marks, Map<String, String> sheetParts)
            throws CopyDeclined {
        Map<String, List<CellMark>> bySheet = new LinkedHashMap<>();
        Set<String> cells = new HashSet<>();
        for (CellMark mark : marks) {
            String name = sheetParts.containsKey(mark.sheet()) ? mark.sheet()
                    : sheetParts.keySet().stream().filter(n -> n.equalsIgnoreCase(mark.sheet())).findFirst().orElse(null);
            if (name == null) {
                continue;
            }
            String cell = name + "!" + mark.cell().formatAsString(false);
            if (mark.cell().getSheetName() != null || !cells.add(cell)) {
                throw new CopyDeclined("cell " + cell + " is named twice or with a sheet of its own");
            }
            bySheet.computeIfAbsent(name, k -> new ArrayList<>()).add(mark);
        }
        return bySheet;
    }

    private void copySheet(String part, List<CellMark> marks, FeedbackStyles styles, ContentTypes types) throws CopyDeclined {
        String partsFolder = SourcePackage.folderOf(workbookPart);
        byte[] bytes = source.bytes(part);
        if (marks.isEmpty() && !contains(bytes, "tabSelected")) {
            return; // copied as it is
        }
        MarkedSheet sheet = new MarkedSheet(bytes, part);
        sheet.deselect();
        if (!marks.isEmpty()) {
            for (CellMark mark : marks) {
                sheet.mark(mark.cell(), mark.fill() == null ? null : styles.highlighted(sheet.style(mark.cell()), mark.fill()));
            }
            PackageRelationships rels = PackageRelationships.of(source, part);
            if (rels.hasType(COMMENTS_REL) || rels.hasType(VML_REL)) {
                throw new CopyDeclined(part + " has comments already");
            }
            String comments = source.freeName(partsFolder + "comments%d.xml");
            String vml = source.freeName(partsFolder + "drawings/vmlDrawing%d.vml");
            added.put(comments, CommentParts.comments(marks));
            added.put(vml, CommentParts.vml(marks, ++drawings));
            types.override(comments, ContentTypes.COMMENTS);
            types.byDefault("vml", ContentTypes.VML);
            rels.add(COMMENTS_REL, comments);
            sheet.addLegacyDrawing(rels.add(VML_REL, vml));
            (source.has(rels.partName()) ? changed : added).put(rels.partName(), rels.toBytes());
        }
        changed.put(part, sheet.toBytes());
    }

    private String workbookPart() throws CopyDeclined {
        PackageRelationships root = PackageRelationships.of(source, "");
        for (Relationship rel : root.all()) {
            if (rel.type().equals(PackageRelationshipTypes.CORE_DOCUMENT) && rel.part() != null) {
                return rel.part();
            }
        }
        throw new CopyDeclined("no transitional officeDocument relationship (Strict OOXML?)");
    }

    private static String stylesPart(PackageRelationships workbookRels) throws CopyDeclined {
        List<Relationship> styles = workbookRels.all().stream().filter(r -> STYLES_REL.equals(r.type()) && r.part() != null).toList();
        if (styles.size() != 1) {
            throw new CopyDeclined("the workbook has " + styles.size() + " styles parts");
        }
        return styles.get(0).part();
    }

    private byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED); // as FindingsPackage: the parts written anew are small
            long time = source.entries().get(0).getTime();
            for (ZipArchiveEntry entry : source.entries()) {
                byte[] content = changed.get(entry.getName());
                if (content == null) {
                    zip.addRawArchiveEntry(entry, source.zip().getRawInputStream(entry));
                } else {
                    put(zip, entry.getName(), content, entry.getTime());
                }
            }
            for (Map.Entry<String, byte[]> part : added.entrySet()) {
                put(zip, part.getKey(), part.getValue(), time);
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipArchiveOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(time);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
