package iq.cpf.awareness.visit.boundary;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.ScheduleEvent;

/**
 * Drafts shown on the planner's calendar beside the visits: a proposal's visits, which the page of
 * a later feature (planning) provides, so that the planner need not know proposals. A draft's event
 * id starts with {@link #PREFIX}.
 */
public interface PlannerDrafts {

    String PREFIX = "draft-";

    static boolean isDraft(ScheduleEvent<?> event) {
        return event.getId() != null && event.getId().startsWith(PREFIX);
    }

    /** The drafts between these wall-clock times of {@code zone}. */
    List<ScheduleEvent<Long>> events(LocalDateTime from, LocalDateTime to, ZoneId zone);

    /** The campaign of the open proposal, whose zone the planner shows, while one is open. */
    Optional<Long> campaignId();

    /** The organiser dragged a draft by {@code delta}. */
    void moved(ScheduleEvent<?> event, Duration delta);

    /** The organiser clicked a draft. */
    void selected(ScheduleEvent<?> event);
}
