package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
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

import java.util.List;

/**
 * 附录二 数据质量说明: how many townships' figures are in, each township's submission status, and the
 * warnings (with the township's explanation) and left-out values behind it.
 */
final class QualityAppendix {

    private final Composition page;

    QualityAppendix(Composition page) {
        this.page = page;
    }

    void write() {
        page.add(EditorialNotes.chapterHeading(page, YearbookPlan.QUALITY));
        Yearbook yearbook = page.plan().yearbook();
        Paragraph summary = page.type().paragraph(summary(yearbook.quality()), TextStyle.BODY);
        summary.setFirstLineIndent(TextStyle.BODY.size() * 2);
        summary.setAlignment(Element.ALIGN_JUSTIFIED);
        page.add(summary);
        new TableWriter(page).write(statusTable(yearbook.quality()));
        Paragraph details = page.type().paragraph(YearbookText.get("quality.details"), TextStyle.SECTION);
        details.setSpacingBefore(6);
        details.setSpacingAfter(4);
        page.add(details);
        List<SubmissionQuality> clean = yearbook.quality().stream().filter(QualityAppendix::clean).toList();
        yearbook.quality().stream().filter(q -> !clean(q)).forEach(this::township);
        if (!clean.isEmpty()) {
            Paragraph rest = page.type().paragraph(YearbookText.get("quality.clean",
                    String.join("、", clean.stream().map(SubmissionQuality::township).toList()), clean.size()),
                    TextStyle.NOTE);
            rest.setSpacingBefore(6);
            page.add(rest);
        }
    }

    private static boolean clean(SubmissionQuality quality) {
        return quality.status().counted() && quality.warnings().isEmpty() && quality.errors().isEmpty();
    }

    private static String summary(List<SubmissionQuality> quality) {
        return YearbookText.get("quality.summary", quality.size(),
                quality.stream().filter(q -> q.status().counted()).count(), count(quality, SubmissionStatus.ACCEPTED),
                count(quality, SubmissionStatus.WARNINGS), count(quality, SubmissionStatus.ERRORS),
                quality.stream().filter(q -> !q.status().counted()).count());
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
                Cell.number(Figure.of(q.warnings().size()), NumberStyle.COUNT),
                Cell.number(Figure.of(q.errors().size()), NumberStyle.COUNT)))).toList();
        return new StatTable(YearbookText.get("quality.table.number"), YearbookText.get("quality.table.title"), null,
                YearbookText.get("quality.column.township"), columns, rows, List.of());
    }

    private void township(SubmissionQuality quality) {
        Paragraph name = page.type().paragraph(quality.township() + "　"
                + YearbookText.get("status." + quality.status().name()), TextStyle.CAPTION);
        name.setSpacingBefore(6);
        page.add(name);
        if (!quality.status().counted()) {
            item(YearbookText.get("quality.missing", YearbookText.get("status." + quality.status().name())));
        }
        for (QualityNote warning : quality.warnings()) {
            item(YearbookText.get("quality.warning", text(warning)));
            item("　　" + (warning.explanation() == null || warning.explanation().isBlank()
                    ? YearbookText.get("quality.warning.unexplained")
                    : YearbookText.get("quality.warning.explained", warning.explanation())));
        }
        for (QualityNote error : quality.errors()) {
            item(YearbookText.get("quality.error", text(error)));
        }
    }

    private static String text(QualityNote note) {
        return note.indicator() == null ? note.message() : note.indicator() + "：" + note.message();
    }

    private void item(String text) {
        Paragraph paragraph = page.type().paragraph(text, TextStyle.NOTE);
        paragraph.setIndentationLeft(TextStyle.NOTE.size() * 2);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        page.add(paragraph);
    }
}
