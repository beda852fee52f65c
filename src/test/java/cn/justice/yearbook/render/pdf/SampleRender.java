package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import cn.justice.yearbook.render.SampleYearbook;
import cn.justice.yearbook.render.workbook.CompanionWorkbookWriter;

import java.nio.file.Path;

/**
 * Renders the sample yearbook (PDF and companion workbook) for a person to look at, and times warm
 * renders: {@code java -cp ... SampleRender target/yearbook.pdf 5}.
 */
public final class SampleRender {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        YearbookFonts fonts = YearbookFonts.load(RenderProperties.Fonts.defaults());
        long t1 = System.nanoTime();
        var yearbook = new SampleYearbook().yearbook();
        YearbookPdfRenderer renderer = new YearbookPdfRenderer(fonts, RenderProperties.defaults().maxColumns());
        Path target = Path.of(args.length > 0 ? args[0] : "target/yearbook-sample.pdf");
        renderer.render(yearbook, target);
        long t2 = System.nanoTime();
        System.out.printf("fonts %d ms, first render %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        new CompanionWorkbookWriter(RenderProperties.defaults().maxColumns())
                .write(yearbook, Path.of(target.toString().replaceFirst("\\.pdf$", ".xlsx")));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            byte[] pdf = renderer.render(yearbook);
            System.out.printf("warm render %d ms, %d bytes%n", (System.nanoTime() - s) / 1_000_000, pdf.length);
        }
    }
}
