package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.platform.Language;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer as a client sends it; {@code language} is the one their emails are written in. */
public record VolunteerInput(
        @Schema(required = true) String name,
        @Schema(required = true) String email,
        String phone,
        List<Language> languages,
        Long forumId,
        Language language,
        Boolean policeOfficer,
        Integer version) {}
