package iq.cpf.awareness.material.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Only an approved version can be given to a visit; a retired one stays with the visits that used
 * it.
 */
public enum ApprovalState {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("approved")
    APPROVED,
    @JsonProperty("retired")
    RETIRED
}
