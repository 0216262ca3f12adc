package iq.cpf.awareness.school.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SchoolType {
    @JsonProperty("boys")
    BOYS,
    @JsonProperty("girls")
    GIRLS,
    @JsonProperty("mixed")
    MIXED
}
