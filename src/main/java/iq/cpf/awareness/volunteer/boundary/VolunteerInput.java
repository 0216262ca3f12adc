package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A volunteer as a client sends it; {@code language} is the one their emails are written in. The
 * API and the volunteers page both save one through {@link #create} and {@link #update}, so the
 * same input means the same volunteer whichever way it came.
 */
public record VolunteerInput(
        @Schema(required = true) String name,
        @Schema(required = true) String email,
        String phone,
        List<Language> languages,
        Long forumId,
        Language language,
        Boolean policeOfficer,
        Integer version,
        @Schema(
                        description =
                                "The last day their safeguarding vetting is valid: a visit on a sensitive topic is led by a volunteer vetted on its day. Left out of an update, it stays as it was.")
                LocalDate vettedUntil,
        @Schema(
                        description =
                                "A mobile number for text messages: E.164, or an Iraqi number as written locally (0770 123 4567), kept in E.164.")
                String mobile,
        @Schema(
                        description =
                                "How they prefer to hear from the application: email (the default), sms or both. Email is used when a text cannot be sent.")
                Channel channel) {

    /** A new volunteer, in the forum named, else in the caller's only one. */
    Volunteer create(Volunteers volunteers, Forums forums, ForumScope scope) {
        return volunteers.create(
                (v, refusals) -> {
                    fill(v);
                    v.setForum(refusals.check(() -> forums.owner(scope, forumId)));
                });
    }

    /** The volunteer keeps their forum when none is named. */
    Volunteer update(Volunteers volunteers, Forums forums, ForumScope scope, long id) {
        return volunteers.update(
                scope,
                id,
                version,
                (v, refusals) -> {
                    fill(v);
                    if (forumId != null) {
                        v.setForum(refusals.check(() -> forums.owner(scope, forumId)));
                    }
                });
    }

    private void fill(Volunteer v) {
        v.setName(name);
        v.setEmail(email);
        v.setPhone(phone);
        v.setMobile(mobile);
        v.setChannel(channel);
        v.setLanguage(Objects.requireNonNullElse(language, Language.AR));
        v.setLanguages(
                languages == null
                        ? List.of(v.getLanguage())
                        : languages.stream().filter(Objects::nonNull).distinct().toList());
        v.setPoliceOfficer(Boolean.TRUE.equals(policeOfficer));
        if (vettedUntil != null) {
            v.setVettedUntil(vettedUntil);
        }
    }
}
