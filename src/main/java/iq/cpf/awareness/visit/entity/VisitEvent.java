package iq.cpf.awareness.visit.entity;

import java.util.List;

/**
 * What happened to a visit, fired by {@link iq.cpf.awareness.visit.control.Visits} inside the
 * transaction that did it. Notifications observe it inside that transaction, so the messages and
 * reminders they queue commit with the change, or not at all.
 */
public record VisitEvent(long visitId, Kind kind, int sequence, List<Long> removedVolunteerIds) {

    public enum Kind {
        SCHEDULED,
        MOVED,
        CHANGED,
        CANCELLED,
        CONFIRMED
    }

    public VisitEvent(long visitId, Kind kind, int sequence) {
        this(visitId, kind, sequence, List.of());
    }
}
