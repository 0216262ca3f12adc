package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Queues the weekly digests of organisers and volunteers. */
@Dependent
@DisallowConcurrentExecution
public class WeeklyDigestJob implements Job {

    @Inject Digests digests;

    @Override
    public void execute(JobExecutionContext context) {
        digests.weekly();
    }
}
