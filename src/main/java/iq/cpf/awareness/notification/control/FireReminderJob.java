package iq.cpf.awareness.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Fires one planned reminder. */
@Dependent
public class FireReminderJob implements Job {

    static final String REMINDER_ID = "reminderId";

    @Inject
    Reminders reminders;

    @Override
    public void execute(JobExecutionContext context) {
        reminders.fire(Long.parseLong(context.getMergedJobDataMap().getString(REMINDER_ID)));
    }
}
