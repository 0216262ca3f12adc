package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import java.time.LocalDate;
import java.util.List;

public record VolunteerView(
        Long id,
        String name,
        String email,
        String phone,
        List<Language> languages,
        Long forumId,
        Language language,
        boolean policeOfficer,
        int version,
        LocalDate vettedUntil,
        String mobile,
        Channel channel) {

    public static VolunteerView of(Volunteer v) {
        return new VolunteerView(
                v.getId(),
                v.getName(),
                v.getEmail(),
                v.getPhone(),
                List.copyOf(v.getLanguages()),
                v.getForum() == null ? null : v.getForum().getId(),
                v.getLanguage(),
                v.isPoliceOfficer(),
                v.getVersion(),
                v.getVettedUntil(),
                v.getMobile(),
                v.getChannel());
    }
}
