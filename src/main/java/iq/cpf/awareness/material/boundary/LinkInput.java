package iq.cpf.awareness.material.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to material kept elsewhere, such as a video. */
public record LinkInput(
        @Schema(required = true) String name, @Schema(required = true) String url) {}
