package iq.cpf.awareness.visit.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum VisitStatus {
    @JsonProperty("planned")
    PLANNED,
    @JsonProperty("confirmed")
    CONFIRMED,
    @JsonProperty("done")
    DONE,
    @JsonProperty("cancelled")
    CANCELLED
}
