package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.notification.control.Reminders.Due;
import iq.cpf.awareness.notification.control.Reminders.Planned;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Scheduling;
import iq.cpf.awareness.platform.scheduling.Scheduling.SchedulerStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The Quartz side of notifications: one trigger per planned reminder (fired at once after downtime, if it
 * fell due meanwhile), the outbox dispatcher every few seconds, a reconciliation that gives a trigger to
 * any planned reminder that lacks one, and the weekly digests on the cron schedule of DIGEST_CRON.
 */
@ApplicationScoped
public class ReminderTriggers {

    static final JobKey REMINDER = JobKey.jobKey("reminder", "notification");
    static final JobKey DISPATCH = JobKey.jobKey("dispatch-outbox", "notification");
    static final JobKey RECONCILE = JobKey.jobKey("reconcile-reminders", "notification");
    static final JobKey DIGEST = JobKey.jobKey("weekly-digest", "notification");
    private static final Logger LOG = Logger.getLogger(ReminderTriggers.class);

    @Inject
    Scheduling scheduling;
    @Inject
    Reminders reminders;
    @Inject
    Settings settings;

    void onStart(@Observes SchedulerStarted started) throws SchedulerException {
        Scheduler scheduler = started.scheduler();
        durable(scheduler, JobBuilder.newJob(FireReminderJob.class).withIdentity(REMINDER).storeDurably().build());
        repeating(scheduler, JobBuilder.newJob(DispatchOutboxJob.class).withIdentity(DISPATCH).storeDurably().build(),
                settings.integer("OUTBOX_POLL_SECONDS", 10));
        repeating(scheduler, JobBuilder.newJob(ReconcileRemindersJob.class).withIdentity(RECONCILE).storeDurably().build(),
                settings.integer("RECONCILE_SECONDS", 300));
        weekly(scheduler);
        reconcile();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Planned planned) {
        planned.reminders().forEach(this::schedule);
    }

    /** Gives every planned reminder without a trigger one; safe to run on many nodes at once. */
    public int reconcile() {
        List<Due> missing = reminders.withoutTrigger(Scheduling.NAME, 5_000);
        missing.forEach(this::schedule);
        if (!missing.isEmpty()) {
            LOG.infof("Gave %d planned reminders their missing triggers", missing.size());
        }
        return missing.size();
    }

    void schedule(Due due) {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey("reminder-" + due.id(), "reminders"))
                .forJob(REMINDER)
                .usingJobData(FireReminderJob.REMINDER_ID, String.valueOf(due.id()))
                .startAt(Date.from(due.at()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduling.scheduler().scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException already) {
            LOG.debugf("Reminder %d has its trigger already", due.id());
        } catch (SchedulerException e) {
            LOG.warnf(e, "Could not schedule reminder %d; the reconciliation will try again", due.id());
        }
    }

    private void weekly(Scheduler scheduler) throws SchedulerException {
        durable(scheduler, JobBuilder.newJob(WeeklyDigestJob.class).withIdentity(DIGEST).storeDurably().build());
        String cron = settings.value("DIGEST_CRON").orElse("0 0 7 ? * SUN");
        TriggerKey key = TriggerKey.triggerKey("weekly-digest", "notification");
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(DIGEST)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(settings.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        replace(scheduler, key, trigger);
    }

    private static void repeating(Scheduler scheduler, JobDetail job, int seconds) throws SchedulerException {
        durable(scheduler, job);
        TriggerKey key = TriggerKey.triggerKey(job.getKey().getName(), job.getKey().getGroup());
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key).forJob(job)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(Math.max(1, seconds))
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .startNow().build();
        replace(scheduler, key, trigger);
    }

    /** Settings may have changed since the last start: the trigger of a fixed job is replaced, not kept. */
    private static void replace(Scheduler scheduler, TriggerKey key, Trigger trigger) throws SchedulerException {
        try {
            if (scheduler.checkExists(key)) {
                scheduler.rescheduleJob(key, trigger);
            } else {
                scheduler.scheduleJob(trigger);
            }
        } catch (ObjectAlreadyExistsException another) {
            LOG.debugf("Another node scheduled %s at the same time", key);
        }
    }

    private static void durable(Scheduler scheduler, JobDetail job) throws SchedulerException {
        scheduler.addJob(job, true);
    }
}
