package iq.cpf.awareness.campaign.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as a client sends it; {@code slug} is its id and cannot change. */
public record TopicInput(
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        String nameAr,
        String nameCkb) {}
