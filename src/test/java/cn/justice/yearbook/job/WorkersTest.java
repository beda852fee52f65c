package cn.justice.yearbook.job;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkersTest {

    private final ThreadPoolTaskExecutor pool = Workers.pool(2);

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    @Test
    void givesEachPortionsResultsInTaskOrder() throws Exception {
        List<Workers.Running<Integer>> portions = List.of(
                Workers.start(pool, List.<Callable<Integer>>of(() -> 1, () -> 2)),
                Workers.start(pool, List.<Callable<Integer>>of(() -> 3, () -> 4, () -> 5)));

        assertThat(Workers.awaitInTurn(portions, 0)).containsExactly(1, 2);
        assertThat(Workers.awaitInTurn(portions, 1)).containsExactly(3, 4, 5);
    }

    /** Nothing a later portion does is left running behind the failure the caller sees. */
    @Test
    void rethrowsAPortionsFailureOnceTheLaterPortionsHaveEnded() throws Exception {
        AtomicBoolean laterEnded = new AtomicBoolean();
        List<Workers.Running<Integer>> portions = List.of(
                Workers.start(pool, List.<Callable<Integer>>of(() -> {
                    throw new IllegalStateException("unreadable");
                }, () -> 2)),
                Workers.start(pool, List.<Callable<Integer>>of(() -> {
                    Thread.sleep(300);
                    laterEnded.set(true);
                    return 3;
                }, () -> {
                    throw new IllegalArgumentException("also");
                })));

        assertThatThrownBy(() -> Workers.awaitInTurn(portions, 0))
                .isInstanceOf(IllegalStateException.class).hasMessage("unreadable")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class));
        assertThat(laterEnded).isTrue();
    }
}
