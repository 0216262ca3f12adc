package iq.cpf.awareness.outbox.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Hourly: empties the bodies of messages sent long enough ago (see {@link Outbox#purge()}). */
@Dependent
@DisallowConcurrentExecution
public class PurgeOutboxJob implements Job {

    @Inject Outbox outbox;

    @Override
    public void execute(JobExecutionContext context) {
        outbox.purge();
    }
}
