package iq.cpf.awareness.planning.control;

/** A proposal was stored and is to be solved, once the transaction that stored it succeeded. */
public record ProposalRequested(long proposalId) {}
