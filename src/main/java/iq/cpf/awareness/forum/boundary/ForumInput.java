package iq.cpf.awareness.forum.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A forum as a client sends it; {@code version}, when sent, must be the one last read. {@code
 * phone} and {@code email} are how the forum is reached, printed at the end of every email about
 * its visits; on an update, a field left out keeps its value and an empty one clears it.
 */
public record ForumInput(
        @Schema(required = true) String name,
        @Schema(required = true) String governorate,
        @Schema(required = true) String district,
        String referralContacts,
        String phone,
        String email,
        Integer version) {}
