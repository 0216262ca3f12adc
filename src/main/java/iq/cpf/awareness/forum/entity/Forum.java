package iq.cpf.awareness.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A Community Policing Forum, such as the one in Khanaqin, Diyala. */
@Entity
public class Forum {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String district;

    /**
     * Where the forum sends a pupil who discloses abuse or drug use: organisations and numbers
     * differ between places and change, so the lessons show this text instead of naming any.
     */
    @Size(max = 4000, message = "{field.size}")
    @Column(name = "referral_contacts")
    private String referralContacts;

    /**
     * How the forum is reached: every email about its visits ends with these, since the sender
     * address is one nobody reads.
     */
    @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{field.phone}")
    @Column(name = "contact_phone")
    private String phone;

    @Email(regexp = ".+@.+\\..+", message = "{field.email}")
    @Size(max = 254, message = "{field.size}")
    @Column(name = "contact_email")
    private String email;

    @Version private int version;

    protected Forum() {}

    public Forum(String name, String governorate, String district) {
        update(name, governorate, district);
    }

    public void update(String name, String governorate, String district) {
        this.name = name;
        this.governorate = governorate;
        this.district = district;
    }

    public String getReferralContacts() {
        return referralContacts;
    }

    public void setReferralContacts(String referralContacts) {
        this.referralContacts = blankToNull(referralContacts);
    }

    public String getPhone() {
        return phone;
    }

    /** The forum's phone; blank clears it. */
    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getEmail() {
        return email;
    }

    /** The forum's email address; blank clears it. */
    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public ForumContact contact() {
        return new ForumContact(name, phone, email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGovernorate() {
        return governorate;
    }

    public String getDistrict() {
        return district;
    }

    public int getVersion() {
        return version;
    }
}
