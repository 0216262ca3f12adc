package iq.cpf.awareness.participation.boundary;

/** What happened at a visit, as a client reports it. */
public record ParticipationInput(Integer girls, Integer boys, Integer teachers, Integer sessions, String notes) {
}
