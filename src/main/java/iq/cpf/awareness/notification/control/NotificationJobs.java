package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Schedules;
import iq.cpf.awareness.platform.scheduling.Scheduling.SchedulerStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * The Quartz jobs of notifications, put in place when the scheduler starts: the due-reminder sweep
 * every REMINDER_POLL_SECONDS and the weekly digests on the cron schedule of DIGEST_CRON in
 * APP_TIMEZONE. The jobs and triggers live in the JDBC job store, so a digest missed while the
 * server was down is sent once when it is back.
 */
@ApplicationScoped
public class NotificationJobs {

    static final JobKey DUE_REMINDERS = JobKey.jobKey("due-reminders", "notification");
    static final JobKey DIGEST = JobKey.jobKey("weekly-digest", "notification");

    @Inject Settings settings;

    void onStart(@Observes SchedulerStarted started) throws SchedulerException {
        Schedules.repeating(
                started.scheduler(),
                JobBuilder.newJob(DueRemindersJob.class)
                        .withIdentity(DUE_REMINDERS)
                        .storeDurably()
                        .build(),
                settings.reminderPoll());
        Schedules.cron(
                started.scheduler(),
                JobBuilder.newJob(WeeklyDigestJob.class)
                        .withIdentity(DIGEST)
                        .storeDurably()
                        .build(),
                settings.digestCron(),
                settings.timeZone());
    }
}
