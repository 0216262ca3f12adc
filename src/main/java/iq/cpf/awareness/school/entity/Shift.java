package iq.cpf.awareness.school.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shift a school teaches in: many Iraqi schools share one building in two or three. */
public enum Shift {
    @JsonProperty("morning")
    MORNING,
    @JsonProperty("afternoon")
    AFTERNOON,
    @JsonProperty("evening")
    EVENING
}
