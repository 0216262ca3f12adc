package iq.cpf.awareness.platform.scheduling;

import jakarta.enterprise.inject.Instance;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Jobs are CDI beans, so that a job is a thin adapter with the service it calls injected. */
public class CdiJobFactory implements JobFactory {

    private final Instance<Object> beans;

    CdiJobFactory(Instance<Object> beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        try {
            return beans.select(type).get();
        } catch (RuntimeException e) {
            throw new SchedulerException("No CDI bean for job " + type.getName(), e);
        }
    }
}
