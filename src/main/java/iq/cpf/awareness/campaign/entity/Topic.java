package iq.cpf.awareness.campaign.entity;

import iq.cpf.awareness.platform.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a campaign is about: drugs, harassment, internet misuse, or one an organiser added. */
@Entity
public class Topic {

    @Id
    @NotBlank(message = "{field.required}")
    @Size(max = 40, message = "{field.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{topic.slug.pattern}")
    private String slug;

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.size}")
    @Column(name = "name_en")
    private String nameEn;

    @Size(max = 120, message = "{field.size}")
    @Column(name = "name_ar")
    private String nameAr;

    @Size(max = 120, message = "{field.size}")
    @Column(name = "name_ckb")
    private String nameCkb;

    @Version private int version;

    protected Topic() {}

    public Topic(String slug, String nameEn, String nameAr, String nameCkb) {
        this.slug = slug;
        rename(nameEn, nameAr, nameCkb);
    }

    public void rename(String nameEn, String nameAr, String nameCkb) {
        this.nameEn = nameEn;
        this.nameAr = nameAr;
        this.nameCkb = nameCkb;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameCkb() {
        return nameCkb;
    }

    /** The name in the given language, English where no translation was given. */
    public String name(Language language) {
        String name =
                switch (language) {
                    case AR -> nameAr;
                    case CKB -> nameCkb;
                    case EN -> nameEn;
                };
        return name == null || name.isBlank() ? nameEn : name;
    }
}
