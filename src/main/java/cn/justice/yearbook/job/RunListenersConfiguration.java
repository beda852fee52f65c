package cn.justice.yearbook.job;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attaches the listeners that look after a run from outside (who is running, how far it has got, what a killed
 * run left behind, what each step cost) to the job and to every step, including steps added to the job later, without each step's
 * builder having to name them.
 * The listeners are looked up only when a job or step is built, so this post-processor pulls nothing in early.
 */
@Configuration(proxyBeanMethods = false)
class RunListenersConfiguration {

    @Bean
    static BeanPostProcessor runListeners(ObjectProvider<RunningExecution> running, ObjectProvider<LeftoverTempFiles> leftovers,
                                          ObjectProvider<ConsoleProgress> progress, ObjectProvider<StepResourceUse> resourceUse) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractJob job) {
                    job.registerJobExecutionListener(running.getObject());
                    job.registerJobExecutionListener(leftovers.getObject());
                } else if (bean instanceof AbstractStep step) {
                    step.registerStepExecutionListener(progress.getObject());
                    step.registerStepExecutionListener(resourceUse.getObject());
                    if (step instanceof ChunkOrientedStep<?, ?> chunked) {
                        registerChunkListener(chunked, progress.getObject());
                    }
                }
                return bean;
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerChunkListener(ChunkOrientedStep step, ConsoleProgress progress) {
        step.registerChunkListener(progress);
    }
}
