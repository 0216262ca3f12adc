package iq.cpf.awareness.forum.boundary;

/** A forum as a client sends it; {@code version}, when sent, must be the one last read. */
public record ForumInput(
        String name,
        String governorate,
        String district,
        String referralContacts,
        Integer version) {}
