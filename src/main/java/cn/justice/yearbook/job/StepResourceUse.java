package cn.justice.yearbook.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * Logs for the operator what each step cost the process: CPU time over all its threads and time spent collecting
 * garbage. On a shared or busy machine wall time varies from run to run; CPU time per file varies much less, so it
 * is what tells whether a change made a step cheaper (BENCHMARKS.md).
 */
@Component
class StepResourceUse implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepResourceUse.class);

    private long cpuAtStart;
    private long stepThreadCpuAtStart;
    private long gcAtStart;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        cpuAtStart = processCpuNanos();
        stepThreadCpuAtStart = stepThreadCpuNanos();
        gcAtStart = gcMillis();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long cpu = processCpuNanos();
        long stepThreadCpu = stepThreadCpuNanos();
        if (cpu >= 0 && cpuAtStart >= 0 && stepThreadCpu >= 0) {
            log.info("Step [{}] used {} ms CPU (all threads; {} ms on the step thread), {} ms in garbage collection, over {} items read",
                    stepExecution.getStepName(), (cpu - cpuAtStart) / 1_000_000,
                    (stepThreadCpu - stepThreadCpuAtStart) / 1_000_000, gcMillis() - gcAtStart,
                    stepExecution.getReadCount());
        }
        return null;
    }

    /** -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
    }

    /** The thread that runs the step: in the ingest step the one that stores, while workers read and review; -1 as above. */
    private static long stepThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
