package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Gives planned reminders that lack a trigger their trigger. */
@Dependent
@DisallowConcurrentExecution
public class ReconcileRemindersJob implements Job {

    @Inject
    ReminderTriggers triggers;

    @Override
    public void execute(JobExecutionContext context) {
        triggers.reconcile();
    }
}
