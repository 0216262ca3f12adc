package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.platform.Language;
import java.util.List;

/** A volunteer as a client sends it; {@code language} is the one their emails are written in. */
public record VolunteerInput(
        String name,
        String email,
        String phone,
        List<Language> languages,
        Long forumId,
        Language language,
        Boolean policeOfficer,
        Integer version) {}
