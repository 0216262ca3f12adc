package iq.cpf.awareness.visit.entity;

import java.util.List;

/**
 * What happened to a visit, fired by {@link iq.cpf.awareness.visit.control.Visits} inside the
 * transaction that did it. Other features (reminders, notifications) observe it after that
 * transaction succeeded.
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
