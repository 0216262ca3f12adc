package iq.cpf.awareness.school.entity;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Phones;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A head teacher or counsellor who hears from the system on the school's behalf: by email, and by
 * text message to a mobile number when their channel says so. Many head teachers read texts, not
 * email, so either one will do; a contact known only by a mobile number is texted whatever their
 * channel says, and their mobile number is then what their links and their erasure are keyed by
 * ({@link #address()}).
 */
@Embeddable
public class Contact {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

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
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.phone = phone;
        this.language = language;
        this.mobile = Phones.normalised(mobile);
        if (this.email == null && this.mobile != null) {
            this.channel = Channel.SMS;
        } else {
            this.channel = channel == null ? Channel.EMAIL : channel;
        }
    }

    /** An email address or a mobile number, at least one, or the contact cannot be reached. */
    @AssertTrue(message = "{field.emailOrMobile}")
    public boolean isReachable() {
        return email != null || mobile != null;
    }

    /** What the contact is known by: their email address, else their mobile number. */
    public String address() {
        return email != null ? email : mobile;
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
