package iq.cpf.awareness.material.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a version came from: the curated library in {@code content/}, or an organiser in the
 * application.
 */
public enum Origin {
    @JsonProperty("library")
    CONTENT,
    @JsonProperty("organiser")
    ORGANISER
}
