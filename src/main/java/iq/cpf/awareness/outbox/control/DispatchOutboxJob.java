package iq.cpf.awareness.outbox.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends what is due in the outbox; one run at a time across the cluster. */
@Dependent
@DisallowConcurrentExecution
public class DispatchOutboxJob implements Job {

    @Inject Dispatcher dispatcher;

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.dispatch();
    }
}
