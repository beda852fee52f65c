package cn.justice.yearbook.render.pdf;

import cn.justice.yearbook.render.RenderProperties;
import cn.justice.yearbook.render.SampleYearbook;
import cn.justice.yearbook.render.model.Edition;
import cn.justice.yearbook.render.model.Yearbook;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm render time of the sample county yearbook and of the same figures as a prefecture roll-up,
 * in one JVM: {@code java -cp ... YearbookRenderTiming 40 40 target/look} (warm-up renders, timed renders,
 * and optionally a folder to write both PDFs to for a look).
 * Prints median and fastest ms per yearbook, wall and the rendering thread's CPU (steadier on a
 * shared machine), and the PDF size.
 */
public final class YearbookRenderTiming {

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        YearbookPdfRenderer renderer = new YearbookPdfRenderer(YearbookFonts.load(RenderProperties.Fonts.defaults()),
                RenderProperties.defaults().maxColumns());
        Yearbook county = new SampleYearbook().yearbook();
        Edition edition = county.edition();
        Yearbook rollUp = new Yearbook(new Edition(edition.county(), edition.bureau(), edition.year(),
                edition.compiledOn(), Edition.Level.PREFECTURE), county.townships(), county.categories(), county.quality());
        if (args.length > 2) {
            Path folder = Files.createDirectories(Path.of(args[2]));
            Files.write(folder.resolve("county.pdf"), renderer.render(county));
            Files.write(folder.resolve("roll-up.pdf"), renderer.render(rollUp));
        }
        for (int i = 0; i < warmup; i++) {
            renderer.render(i % 2 == 0 ? county : rollUp);
        }
        time("county yearbook", renderer, county, timed);
        time("roll-up", renderer, rollUp, timed);
    }

    private static void time(String what, YearbookPdfRenderer renderer, Yearbook yearbook, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            size = renderer.render(yearbook).length;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            wall[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s: wall median %d ms, fastest %d ms; thread CPU median %d ms, fastest %d ms; %d runs; PDF %d bytes%n",
                what, wall[runs / 2], wall[0], cpu[runs / 2], cpu[0], runs, size);
    }
}
