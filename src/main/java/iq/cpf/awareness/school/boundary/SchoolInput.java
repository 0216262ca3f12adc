package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Language;
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
}
