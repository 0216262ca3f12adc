package iq.cpf.awareness.participation.entity;

/** What kind of adult session a ledger entry is. */
public enum TrainingKind {
    TRAINING,
    WORKSHOP
}
