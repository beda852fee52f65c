package cn.justice.yearbook.job;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The threads that read workbooks and write output files side by side. A run is short and mostly
 * CPU-bound, so one thread per processor; with one processor everything stays on the caller's thread.
 */
public final class Workers {

    private Workers() {
    }

    /** The number of threads a setting asks for: 0 means one per processor. */
    public static int count(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    static ThreadPoolTaskExecutor pool(int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("worker-");
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }

    /**
     * Runs the tasks on {@code pool} (or here, when it is null) and returns their results in task order.
     * The first failure is rethrown once every task has ended, so no file is left half-written behind it.
     */
    static <T> List<T> all(AsyncTaskExecutor pool, List<Callable<T>> tasks) throws Exception {
        return start(pool, tasks).await();
    }

    /**
     * Starts the tasks on {@code pool} and returns at once, so the caller can do other work meanwhile; with no
     * pool (or fewer than two tasks) they run here, before this returns.
     */
    static <T> Running<T> start(AsyncTaskExecutor pool, List<Callable<T>> tasks) throws Exception {
        if (pool == null || tasks.size() < 2) {
            List<T> results = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                results.add(task.call());
            }
            return () -> results;
        }
        List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
        return () -> {
            List<T> results = new ArrayList<>(futures.size());
            Exception first = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            return results;
        };
    }

    /**
     * The results of one of several portions of tasks started one after another, awaited in turn so that the caller
     * uses each portion's while the later ones run; as in {@link #all}, a failure is rethrown once every later
     * portion has ended too.
     */
    static <T> List<T> awaitInTurn(List<Running<T>> portions, int index) throws Exception {
        try {
            return portions.get(index).await();
        } catch (Exception failure) {
            for (Running<T> later : portions.subList(index + 1, portions.size())) {
                try {
                    later.await();
                } catch (Exception another) {
                    failure.addSuppressed(another);
                }
            }
            throw failure;
        }
    }

    /** Tasks under way; {@link #await} waits for all of them and gives their results in task order. */
    @FunctionalInterface
    interface Running<T> {
        List<T> await() throws Exception;
    }
}
