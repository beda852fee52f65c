package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Figure;
import cn.justice.yearbook.render.model.QualityNote;
import cn.justice.yearbook.render.model.SubmissionQuality;
import cn.justice.yearbook.render.model.SubmissionStatus;
import cn.justice.yearbook.render.model.Yearbook;
import cn.justice.yearbook.render.table.Cell;
import cn.justice.yearbook.render.table.NumberStyle;
import cn.justice.yearbook.render.table.Row;
import cn.justice.yearbook.render.table.StatTable;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * 附录二 数据质量说明: how many townships' figures are in, each township's submission status, and the
 * warnings (with the township's explanation) and left-out values behind it. In a prefecture's roll-up the rows are
 * counties: each county's line counts its townships' warnings and left-out values, and says which townships they
 * come from and which are missing; the notes themselves are in the county's own yearbook.
 */
final class QualityAppendix {

    private final Composition page;

    QualityAppendix(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(EditorialNotes.chapterHeading(page, YearbookPlan.QUALITY));
        Yearbook yearbook = page.plan().yearbook();
        Paragraph summary = page.type().paragraph(yearbook.edition().level() == Edition.Level.PREFECTURE
                ? rollUpSummary(yearbook) : summary(yearbook.quality()), TextStyle.BODY);
        summary.setFirstLineIndent(TextStyle.BODY.size() * 2);
        summary.setAlignment(Element.ALIGN_JUSTIFIED);
        page.add(summary);
        new TableWriter(page).write(statusTable(yearbook.quality()));
        Paragraph details = page.type().paragraph(YearbookText.get("quality.details"), TextStyle.SECTION);
        details.setSpacingAfter(4);
        List<Paragraph> heading = List.of(details);
        for (SubmissionQuality quality : yearbook.quality()) {
            if (!quality.clean()) {
                List<Paragraph> block = new ArrayList<>(heading);
                block.addAll(township(quality, yearbook.edition()));
                keepFirstLinesTogether(block, heading.size() + 2);
                heading = List.of();
            }
        }
        List<SubmissionQuality> clean = yearbook.quality().stream().filter(SubmissionQuality::clean).toList();
        if (!clean.isEmpty()) {
            List<Paragraph> block = new ArrayList<>(heading);
            block.add(page.type().paragraph(YearbookText.get("quality.clean",
                    String.join("、", clean.stream().map(SubmissionQuality::township).toList()), clean.size()),
                    TextStyle.NOTE));
            keepFirstLinesTogether(block, block.size());
        }
    }

    /**
     * Adds the paragraphs, the first {@code together} of them (a heading and its first line) in one row that a page
     * break does not split, so that no page ends on a heading.
     */
    private void keepFirstLinesTogether(List<Paragraph> paragraphs, int together) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(6);
        int first = Math.min(together, paragraphs.size());
        block.addCell(bare(paragraphs.subList(0, first)));
        for (Paragraph paragraph : paragraphs.subList(first, paragraphs.size())) {
            block.addCell(bare(List.of(paragraph)));
        }
        page.add(block);
    }

    private static PdfPCell bare(List<Paragraph> paragraphs) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        paragraphs.forEach(cell::addElement);
        return cell;
    }

    private static String summary(List<SubmissionQuality> quality) {
        return YearbookText.get("quality.summary", quality.size(),
                quality.stream().filter(q -> q.status().counted()).count(), count(quality, SubmissionStatus.ACCEPTED),
                count(quality, SubmissionStatus.WARNINGS), count(quality, SubmissionStatus.ERRORS),
                quality.stream().filter(q -> !q.status().counted()).count());
    }

    private static String rollUpSummary(Yearbook yearbook) {
        List<SubmissionQuality> counties = yearbook.quality();
        List<SubmissionQuality> townships = yearbook.rolledUpTownships();
        return YearbookText.get("quality.summary.rollup", counties.size(),
                counties.stream().filter(q -> q.status().counted()).count(),
                counties.stream().filter(q -> !q.status().counted()).count(), count(counties, SubmissionStatus.ACCEPTED),
                count(counties, SubmissionStatus.WARNINGS), count(counties, SubmissionStatus.ERRORS),
                count(counties, SubmissionStatus.INCOMPLETE), townships.size(),
                townships.stream().filter(q -> q.status().counted()).count(),
                counties.stream().mapToInt(SubmissionQuality::warningCount).sum(),
                counties.stream().mapToInt(SubmissionQuality::errorCount).sum());
    }

    private static long count(List<SubmissionQuality> quality, SubmissionStatus status) {
        return quality.stream().filter(q -> q.status() == status).count();
    }

    private static StatTable statusTable(List<SubmissionQuality> quality) {
        List<StatTable.Column> columns = List.of(
                new StatTable.Column(YearbookText.get("quality.column.status"), null),
                new StatTable.Column(YearbookText.get("quality.column.warnings"), null),
                new StatTable.Column(YearbookText.get("quality.column.errors"), null));
        List<Row> rows = quality.stream().map(q -> Row.data(q.township(), List.of(
                Cell.text(YearbookText.get("status." + q.status().name())),
                Cell.number(Figure.of(q.warningCount()), NumberStyle.COUNT),
                Cell.number(Figure.of(q.errorCount()), NumberStyle.COUNT)))).toList();
        return new StatTable(YearbookText.get("quality.table.number"), YearbookText.get("quality.table.title"), null,
                YearbookText.get("quality.column.township"), columns, rows, List.of());
    }

    /** A township's (or a county's) heading and lines. */
    private List<Paragraph> township(SubmissionQuality quality, Edition edition) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(page.type().paragraph(quality.township() + "　"
                + YearbookText.get("status." + quality.status().name()), TextStyle.CAPTION));
        if (!quality.status().counted()) {
            lines.add(item(YearbookText.get("quality.missing", YearbookText.get("status." + quality.status().name()))));
        }
        if (!quality.townships().isEmpty() && quality.status().counted()) {
            county(quality, edition).forEach(text -> lines.add(item(text)));
        }
        for (QualityNote warning : quality.warnings()) {
            lines.add(item(YearbookText.get("quality.warning", text(warning))));
            lines.add(item("　　" + (warning.explanation() == null || warning.explanation().isBlank()
                    ? YearbookText.get("quality.warning.unexplained")
                    : YearbookText.get("quality.warning.explained", warning.explanation()))));
        }
        for (QualityNote error : quality.errors()) {
            lines.add(item(YearbookText.get("quality.error", text(error))));
        }
        return lines;
    }

    /** A county's line in a roll-up: its missing townships, and whose its warnings and left-out values are. */
    private static List<String> county(SubmissionQuality county, Edition edition) {
        List<String> lines = new ArrayList<>();
        List<SubmissionQuality> townships = county.townships();
        List<String> missing = townships.stream().filter(t -> !t.status().counted()).map(SubmissionQuality::township).toList();
        if (!missing.isEmpty()) {
            lines.add(YearbookText.get("quality.county.missing", townships.size(), townships.size() - missing.size(),
                    String.join("、", missing)));
        }
        if (county.warningCount() > 0) {
            lines.add(YearbookText.get("quality.county.warnings", county.warningCount(),
                    byTownship(townships, SubmissionQuality::warningCount)));
        }
        if (county.errorCount() > 0) {
            lines.add(YearbookText.get("quality.county.errors", county.errorCount(),
                    byTownship(townships, SubmissionQuality::errorCount)));
        }
        if (county.warningCount() + county.errorCount() > 0) {
            lines.add(YearbookText.get("quality.county.see", Edition.title(county.township(), edition.year())));
        }
        return lines;
    }

    /** 城东街道2条、青山镇3条 */
    private static String byTownship(List<SubmissionQuality> townships, ToIntFunction<SubmissionQuality> count) {
        return townships.stream().filter(t -> count.applyAsInt(t) > 0)
                .map(t -> YearbookText.get("quality.county.township", t.township(), count.applyAsInt(t)))
                .collect(Collectors.joining("、"));
    }

    private static String text(QualityNote note) {
        return note.indicator() == null ? note.message() : note.indicator() + "：" + note.message();
    }

    private Paragraph item(String text) {
        Paragraph paragraph = page.type().paragraph(text, TextStyle.NOTE);
        paragraph.setIndentationLeft(TextStyle.NOTE.size() * 2);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }
}
