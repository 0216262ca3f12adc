package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import java.util.List;

public record SchoolView(
        Long id,
        String name,
        String nameLatin,
        String governorate,
        String district,
        SchoolLevel level,
        SchoolType type,
        Integer students,
        List<ContactView> contacts,
        int version,
        Long forumId) {

    public record ContactView(
            String name,
            String email,
            String phone,
            Language language,
            String mobile,
            Channel channel) {}

    static SchoolView of(School s) {
        return new SchoolView(
                s.getId(),
                s.getName(),
                s.getNameLatin(),
                s.getGovernorate(),
                s.getDistrict(),
                s.getLevel(),
                s.getType(),
                s.getStudents(),
                s.getContacts().stream()
                        .map(
                                c ->
                                        new ContactView(
                                                c.getName(),
                                                c.getEmail(),
                                                c.getPhone(),
                                                c.getLanguage(),
                                                c.getMobile(),
                                                c.getChannel()))
                        .toList(),
                s.getVersion(),
                School.forumIdOf(s));
    }
}
