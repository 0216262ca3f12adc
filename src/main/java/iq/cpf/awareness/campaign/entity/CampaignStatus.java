package iq.cpf.awareness.campaign.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum CampaignStatus {
    @JsonProperty("draft")
    DRAFT,
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("closed")
    CLOSED
}
