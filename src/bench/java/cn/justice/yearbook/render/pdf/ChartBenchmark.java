package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import cn.justice.yearbook.render.chart.Bar;
import cn.justice.yearbook.render.chart.ChartLook;
import cn.justice.yearbook.render.chart.TownshipComparisonChart;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rendering one chart as the yearbook does: a township comparison of 20 bars with the county line,
 * built with the yearbook's look and drawn as vectors into a PDF template with the embedded CJK font.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartBenchmark {

    private ChartLook look;
    private EmbeddedFontMapper fonts;
    private Document document;
    private PdfWriter writer;
    private final List<Bar> bars = new ArrayList<>();

    @Setup
    public void setUp() {
        YearbookFonts loaded = YearbookFonts.load(RenderProperties.Fonts.defaults());
        look = new ChartLook(loaded.chartFont());
        fonts = new EmbeddedFontMapper(loaded);
        document = new Document(PageSize.A4);
        writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
        document.open();
        for (int i = 0; i < 20; i++) {
            bars.add(new Bar("乡镇" + (char) ('甲' + i) + "街道", 40 + (i * 37) % 90, i == 7));
        }
    }

    @TearDown
    public void tearDown() {
        document.add(new Paragraph(" ")); // a document with no page refuses to close
        document.close();
    }

    @Benchmark
    public PdfTemplate renderOneChart() {
        JFreeChart chart = TownshipComparisonChart.create(look, bars, "件", 61.5, "全县平均 61.5", false,
                new DecimalFormat("#,##0"));
        PdfTemplate template = writer.getDirectContent().createTemplate(450, 360);
        Graphics2D graphics = template.createGraphics(450, 360, fonts);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, 450, 360));
        } finally {
            graphics.dispose();
        }
        return template;
    }
}
