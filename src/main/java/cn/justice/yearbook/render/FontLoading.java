package cn.justice.yearbook.render;

import cn.justice.yearbook.render.pdf.YearbookFonts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The yearbook's fonts, parsed on a thread of their own from the moment a run asks for them: a one-shot run
 * starts this before the job is built and the database migrated (main thread only, the other core mostly idle),
 * so the yearbook step does not wait for some 10 MB of TrueType to be parsed.
 */
public final class FontLoading {

    private final CompletableFuture<YearbookFonts> fonts = new CompletableFuture<>();

    FontLoading(RenderProperties.Fonts settings) {
        Thread thread = new Thread(() -> {
            try {
                fonts.complete(YearbookFonts.load(settings));
            } catch (RuntimeException | Error e) {
                fonts.completeExceptionally(e);
            }
        }, "font-loading");
        thread.setDaemon(true);
        thread.start();
    }

    /** The fonts, once parsed; a font that cannot be used fails here, as it would have failed loading. */
    YearbookFonts fonts() {
        try {
            return fonts.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
