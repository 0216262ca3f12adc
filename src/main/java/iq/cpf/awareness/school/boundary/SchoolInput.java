package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import java.util.List;

public record SchoolInput(
        String name,
        String nameLatin,
        String governorate,
        String district,
        SchoolLevel level,
        SchoolType type,
        Integer students,
        List<ContactInput> contacts,
        Integer version,
        Long forumId) {

    public record ContactInput(String name, String email, String phone, Language language) {}

    Schools.Details details() {
        return new Schools.Details(
                name,
                nameLatin,
                governorate,
                district,
                level,
                type,
                students,
                contacts == null
                        ? null
                        : contacts.stream()
                                .map(
                                        c ->
                                                c == null
                                                        ? null
                                                        : new Schools.ContactDetails(
                                                                c.name(),
                                                                c.email(),
                                                                c.phone(),
                                                                c.language()))
                                .toList());
    }
}
