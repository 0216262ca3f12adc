package iq.cpf.awareness.outbox.control;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.scheduling.Schedules;
import iq.cpf.awareness.platform.scheduling.Scheduling.SchedulerStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

/**
 * The Quartz jobs of the outbox: the dispatcher every OUTBOX_POLL_SECONDS and the purge of old
 * bodies hourly. Their keys keep the group "notification" they were stored under before the outbox
 * was a feature of its own, so the job store of a running installation keeps one job each.
 */
@ApplicationScoped
public class OutboxJobs {

    static final JobKey DISPATCH = JobKey.jobKey("dispatch-outbox", "notification");
    static final JobKey PURGE = JobKey.jobKey("purge-outbox", "notification");

    /** Pausing the dispatcher's trigger pauses sending on every node. */
    static final TriggerKey DISPATCH_TRIGGER =
            TriggerKey.triggerKey(DISPATCH.getName(), DISPATCH.getGroup());

    @Inject Settings settings;

    void onStart(@Observes SchedulerStarted started) throws SchedulerException {
        JobDetail dispatch =
                JobBuilder.newJob(DispatchOutboxJob.class)
                        .withIdentity(DISPATCH)
                        .storeDurably()
                        .build();
        Schedules.repeating(started.scheduler(), dispatch, settings.outboxPoll());
        JobDetail purge =
                JobBuilder.newJob(PurgeOutboxJob.class).withIdentity(PURGE).storeDurably().build();
        Schedules.repeating(started.scheduler(), purge, Duration.ofHours(1));
    }
}
