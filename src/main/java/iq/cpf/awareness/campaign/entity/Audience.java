package iq.cpf.awareness.campaign.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who a reminder goes to: the school's contacts or the visit's volunteers. */
public enum Audience {
    @JsonProperty("school")
    SCHOOL,
    @JsonProperty("volunteers")
    VOLUNTEERS
}
