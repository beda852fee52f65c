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
        float width = page.textWidth();
        float height = spec.kind() == ChartSpec.Kind.TREND ? TREND_HEIGHT
                : 40 + BAR_HEIGHT * (page.plan().yearbook().townships().size() - charts.townshipsWithout(spec.figures()).size());
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(12);
        block.addCell(cells.plain(page.anchored(spec.fullCaption(), spec.number(), TextStyle.CAPTION),
                Element.ALIGN_CENTER, 1));
        PdfPCell picture = new PdfPCell(vector(charts.chart(spec), width, height), false);
        picture.setBorder(PdfPCell.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        block.addCell(picture);
        new NotesWriter(page.type()).addTo(block, notes(spec), 1);
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
