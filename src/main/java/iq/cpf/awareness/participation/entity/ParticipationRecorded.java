package iq.cpf.awareness.participation.entity;

/**
 * A visit's participation was recorded or corrected, fired inside the transaction that wrote it;
 * the summary email is queued by its observer in the same transaction, so it exists if and only if
 * the report does.
 */
public record ParticipationRecorded(long visitId, int revision) {}
