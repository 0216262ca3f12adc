package iq.cpf.awareness.visit.entity;

/**
 * What happened to a visit, fired by {@link iq.cpf.awareness.visit.control.Visits} inside the transaction
 * that did it. Other features (reminders, notifications) observe it after that transaction succeeded.
 */
public record VisitEvent(long visitId, Kind kind, int sequence) {

    public enum Kind { SCHEDULED, MOVED, CHANGED, CANCELLED }
}
