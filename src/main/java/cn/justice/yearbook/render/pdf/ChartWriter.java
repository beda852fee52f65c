package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.YearbookText;
import cn.justice.yearbook.render.model.Figure;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a chart into the PDF as vectors: JFreeChart paints on OpenPDF's Graphics2D over a template,
 * its text set in the embedded face through {@link EmbeddedFontMapper}. Caption and chart stay together.
 */
final class ChartWriter {

    private static final float BAR_HEIGHT = 17;
    /** A comparison chart's height besides its bars: the value axis and the key to the county line. */
    private static final float CHART_FRAME = 40;
    /** The caption, two lines of notes and the spacing around the block. */
    private static final float CAPTION_AND_NOTES = 90;
    private static final float TREND_HEIGHT = 150;

    private final Composition page;
    private final YearbookCharts charts;
    private final EmbeddedFontMapper fontMapper;
    private final TableCells cells;

    ChartWriter(Composition page, YearbookCharts charts, EmbeddedFontMapper fontMapper) {
        this.page = page;
        this.charts = charts;
        this.fontMapper = fontMapper;
        this.cells = new TableCells(page.type());
    }

    void write(ChartSpec spec) {
        if (spec.kind() == ChartSpec.Kind.TREND) {
            writePart(spec, spec.fullCaption(), true, charts.trend(spec), TREND_HEIGHT, List.of());
            return;
        }
        List<JFreeChart> parts = charts.comparison(spec, barsPerPage());
        for (int i = 0; i < parts.size(); i++) {
            JFreeChart part = parts.get(i);
            float height = CHART_FRAME + BAR_HEIGHT * part.getCategoryPlot().getDataset().getColumnCount();
            String caption = i == 0 ? spec.fullCaption() : YearbookText.get("chart.continued", spec.fullCaption());
            writePart(spec, caption, i == 0, part, height, i == parts.size() - 1 ? notes(spec) : List.of());
        }
    }

    /** As many bars as a page holds below a caption, above the axis and two lines of notes. */
    private int barsPerPage() {
        float room = page.textHeight() - CHART_FRAME - CAPTION_AND_NOTES;
        return Math.max(1, (int) (room / BAR_HEIGHT));
    }

    /** A caption and its chart kept together; only the first part's caption is what the contents point at. */
    private void writePart(ChartSpec spec, String caption, boolean anchored, JFreeChart chart, float height,
                           List<String> notes) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(12);
        block.addCell(cells.plain(anchored ? page.anchored(caption, spec.number(), TextStyle.CAPTION)
                : page.type().phrase(caption, TextStyle.CAPTION), Element.ALIGN_CENTER, 1));
        PdfPCell picture = new PdfPCell(vector(chart, page.textWidth(), height), false);
        picture.setBorder(PdfPCell.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(picture);
        new NotesWriter(page.type()).addTo(block, notes, 1);
        block.setKeepTogether(true);
        block.setSpacingAfter(12);
        page.add(block);
    }

    private List<String> notes(ChartSpec spec) {
        if (spec.kind() == ChartSpec.Kind.TREND) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        List<String> missing = charts.townshipsWithout(spec.figures());
        if (!missing.isEmpty()) {
            notes.add(YearbookText.get("chart.note.missing", String.join("、", missing)));
        }
        if (spec.figures().byTownship().values().stream().anyMatch(f -> f.flag() == Figure.Flag.RATE_WITHOUT_COUNTS)) {
            notes.add(YearbookText.get("chart.note.muted"));
        }
        if (spec.figures().byTownship().values().stream().anyMatch(Figure::partial)) {
            notes.add(YearbookText.get("chart.note.leavesOutTownships"));
        }
        return notes;
    }

    private Image vector(JFreeChart chart, float width, float height) {
        PdfTemplate template = page.writer().getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fontMapper);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }
}
