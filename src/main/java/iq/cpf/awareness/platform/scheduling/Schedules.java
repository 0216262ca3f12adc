package iq.cpf.awareness.platform.scheduling;

import java.time.Duration;
import java.time.ZoneId;
import java.util.TimeZone;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Puts the fixed jobs of a feature in the JDBC job store when the scheduler starts: durable jobs
 * with one trigger each, named as the job. Every node does this at start; a trigger already there
 * is left alone unless the settings changed its schedule, because replacing a trigger that another
 * node may be firing at that moment gains nothing.
 */
public final class Schedules {

    private static final Logger LOG = Logger.getLogger(Schedules.class);

    private Schedules() {}

    /** The trigger of a fixed job: pausing it pauses that job on every node. */
    public static TriggerKey triggerOf(JobDetail job) {
        return TriggerKey.triggerKey(job.getKey().getName(), job.getKey().getGroup());
    }

    /**
     * Runs {@code job} every {@code interval}; a run missed while no node was up is not made up
     * for.
     */
    public static void repeating(Scheduler scheduler, JobDetail job, Duration interval)
            throws SchedulerException {
        scheduler.addJob(job, true);
        Trigger trigger =
                TriggerBuilder.newTrigger()
                        .withIdentity(triggerOf(job))
                        .forJob(job)
                        .withSchedule(
                                SimpleScheduleBuilder.repeatSecondlyForever(
                                                (int) Math.max(1, interval.toSeconds()))
                                        .withMisfireHandlingInstructionNextWithRemainingCount())
                        .startNow()
                        .build();
        replace(scheduler, trigger);
    }

    /**
     * Runs {@code job} on a Quartz cron schedule in {@code zone}; a run missed while the server was
     * down happens once.
     */
    public static void cron(Scheduler scheduler, JobDetail job, String cron, ZoneId zone)
            throws SchedulerException {
        scheduler.addJob(job, true);
        Trigger trigger =
                TriggerBuilder.newTrigger()
                        .withIdentity(triggerOf(job))
                        .forJob(job)
                        .withSchedule(
                                CronScheduleBuilder.cronSchedule(cron)
                                        .inTimeZone(TimeZone.getTimeZone(zone))
                                        .withMisfireHandlingInstructionFireAndProceed())
                        .build();
        replace(scheduler, trigger);
    }

    private static void replace(Scheduler scheduler, Trigger trigger) {
        TriggerKey key = trigger.getKey();
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
        if (existing instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval();
        }
        if (existing instanceof CronTrigger a && wanted instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression())
                    && a.getTimeZone().getID().equals(b.getTimeZone().getID());
        }
        return false;
    }
}
