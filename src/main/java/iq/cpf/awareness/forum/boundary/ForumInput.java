package iq.cpf.awareness.forum.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A forum as a client sends it; {@code version}, when sent, must be the one last read. */
public record ForumInput(
        @Schema(required = true) String name,
        @Schema(required = true) String governorate,
        @Schema(required = true) String district,
        String referralContacts,
        Integer version) {}
