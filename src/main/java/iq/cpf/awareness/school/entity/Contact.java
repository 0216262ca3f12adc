package iq.cpf.awareness.school.entity;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Phones;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A head teacher or counsellor who hears from the system on the school's behalf: by email, and by
 * text message to a mobile number when their channel says so.
 */
@Embeddable
public class Contact {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Email(regexp = ".+@.+\\..+", message = "{field.email}")
    @Size(max = 254, message = "{field.size}")
    private String email;

    @Size(max = 40, message = "{field.size}")
    @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{field.phone}")
    private String phone;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Language language;

    /** In E.164; text messages go to it. */
    @Pattern(regexp = Phones.E164, message = "{field.mobile}")
    private String mobile;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.EMAIL;

    protected Contact() {}

    public Contact(String name, String email, String phone, Language language) {
        this(name, email, phone, language, null, Channel.EMAIL);
    }

    /** A contact; a mobile number written the Iraqi way is kept in E.164. */
    public Contact(
            String name,
            String email,
            String phone,
            Language language,
            String mobile,
            Channel channel) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.mobile = Phones.normalised(mobile);
        this.channel = channel == null ? Channel.EMAIL : channel;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language getLanguage() {
        return language;
    }

    public String getMobile() {
        return mobile;
    }

    public Channel getChannel() {
        return channel;
    }
}
