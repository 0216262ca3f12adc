package iq.cpf.awareness.volunteer.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Asked for one reason: a visit on harassment to a girls' school has a woman on its team. */
public enum Gender {
    @JsonProperty("female")
    FEMALE,
    @JsonProperty("male")
    MALE
}
