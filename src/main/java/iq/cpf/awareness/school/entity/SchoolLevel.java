package iq.cpf.awareness.school.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SchoolLevel {
    @JsonProperty("primary")
    PRIMARY,
    @JsonProperty("intermediate")
    INTERMEDIATE,
    @JsonProperty("secondary")
    SECONDARY
}
