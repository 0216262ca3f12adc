package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Fires the reminders that have fallen due; one run at a time across the cluster. */
@Dependent
@DisallowConcurrentExecution
public class DueRemindersJob implements Job {

    @Inject DueReminders reminders;

    @Override
    public void execute(JobExecutionContext context) {
        reminders.fire();
    }
}
