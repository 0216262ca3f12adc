package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Scheduling.SchedulerStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * The Quartz jobs of notifications, put in place when the scheduler starts: the outbox dispatcher and the
 * due-reminder sweep every few seconds (OUTBOX_POLL_SECONDS, REMINDER_POLL_SECONDS) and the weekly digests on
 * the cron schedule of DIGEST_CRON in APP_TIMEZONE. The jobs and triggers live in the JDBC job store, so a run
 * missed while the server was down happens once when it is back.
 */
@ApplicationScoped
public class NotificationJobs {

    static final JobKey DUE_REMINDERS = JobKey.jobKey("due-reminders", "notification");
    static final JobKey DISPATCH = JobKey.jobKey("dispatch-outbox", "notification");
    static final JobKey DIGEST = JobKey.jobKey("weekly-digest", "notification");
    static final JobKey PURGE = JobKey.jobKey("purge-outbox", "notification");
    /** The trigger of a repeating job is named as the job; pausing it pauses sending on every node. */
    static final TriggerKey DISPATCH_TRIGGER = TriggerKey.triggerKey(DISPATCH.getName(), DISPATCH.getGroup());
    private static final Logger LOG = Logger.getLogger(NotificationJobs.class);

    @Inject
    Settings settings;

    void onStart(@Observes SchedulerStarted started) throws SchedulerException {
        Scheduler scheduler = started.scheduler();
        repeating(scheduler, JobBuilder.newJob(DispatchOutboxJob.class).withIdentity(DISPATCH).storeDurably().build(),
                (int) settings.outboxPoll().toSeconds());
        repeating(scheduler, JobBuilder.newJob(DueRemindersJob.class).withIdentity(DUE_REMINDERS).storeDurably().build(),
                (int) settings.reminderPoll().toSeconds());
        weekly(scheduler);
        repeating(scheduler, JobBuilder.newJob(PurgeOutboxJob.class).withIdentity(PURGE).storeDurably().build(), 3600);
    }

    private void weekly(Scheduler scheduler) throws SchedulerException {
        durable(scheduler, JobBuilder.newJob(WeeklyDigestJob.class).withIdentity(DIGEST).storeDurably().build());
        String cron = settings.digestCron();
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

    /**
     * Puts the trigger of a fixed job in place. One already there is left alone unless the settings changed
     * its schedule: every node does this at start, and replacing a trigger that another node may be firing at
     * that moment gains nothing.
     */
    private static void replace(Scheduler scheduler, TriggerKey key, Trigger trigger) {
        try {
            Trigger existing = scheduler.getTrigger(key);
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else if (!sameSchedule(existing, trigger)) {
                scheduler.rescheduleJob(key, trigger);
            }
        } catch (ObjectAlreadyExistsException another) {
            LOG.debugf("Another node scheduled %s at the same time", key);
        } catch (SchedulerException e) {
            LOG.warnf(e, "Could not put the trigger %s in place; the one stored before stays", key);
        }
    }

    private static boolean sameSchedule(Trigger existing, Trigger wanted) {
        if (existing instanceof org.quartz.SimpleTrigger a && wanted instanceof org.quartz.SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval();
        }
        if (existing instanceof org.quartz.CronTrigger a && wanted instanceof org.quartz.CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().getID().equals(b.getTimeZone().getID());
        }
        return false;
    }

    private static void durable(Scheduler scheduler, JobDetail job) throws SchedulerException {
        scheduler.addJob(job, true);
    }
}
