package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SchoolInput(
        @Schema(required = true) String name,
        String nameLatin,
        @Schema(required = true) String governorate,
        @Schema(required = true) String district,
        @Schema(required = true) SchoolLevel level,
        @Schema(required = true) SchoolType type,
        Integer students,
        @Schema(required = true) List<ContactInput> contacts,
        Integer version,
        Long forumId) {

    public record ContactInput(
            @Schema(required = true) String name,
            @Schema(
                            description =
                                    "The contact's email address; may be left out when a mobile is given (then the contact is texted only).")
                    String email,
            String phone,
            @Schema(required = true) Language language,
            @Schema(
                            description =
                                    "A mobile number for text messages: E.164, or an Iraqi number as written locally (0770 123 4567), kept in E.164.")
                    String mobile,
            @Schema(
                            description =
                                    "How the contact prefers to hear from the application: email (the default), sms or both. Email is used when a text cannot be sent; a contact without an email address is texted.")
                    Channel channel) {}

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
                                                                c.language(),
                                                                c.mobile(),
                                                                c.channel()))
                                .toList());
    }
}
