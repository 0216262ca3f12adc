package iq.cpf.awareness.planning.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a proposal stands: being solved, ready to commit, committed, or failed. */
public enum ProposalStatus {
    @JsonProperty("solving")
    SOLVING,
    @JsonProperty("solved")
    SOLVED,
    @JsonProperty("committed")
    COMMITTED,
    @JsonProperty("failed")
    FAILED
}
