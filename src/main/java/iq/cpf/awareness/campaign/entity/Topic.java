package iq.cpf.awareness.campaign.entity;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.RulesBroken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

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

    /** A visit on it is led by a volunteer whose safeguarding vetting is valid on its day. */
    private boolean sensitive;

    /** A visit on it to a girls' school has a woman on its team. */
    @Column(name = "woman_for_girls")
    private boolean womanForGirls;

    /** A police officer on a visit on it needs the school's consent. */
    @Column(name = "police_consent")
    private boolean policeConsent = true;

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

    /** The safeguarding rules of visits on this topic, as an administrator sets them. */
    public void safeguard(boolean sensitive, boolean womanForGirls, boolean policeConsent) {
        this.sensitive = sensitive;
        this.womanForGirls = womanForGirls;
        this.policeConsent = policeConsent;
    }

    public static final String WOMAN = "safeguarding.woman";
    public static final String VETTING = "safeguarding.vetting";
    public static final String POLICE_CONSENT = "safeguarding.policeConsent";

    /**
     * The safeguarding rules of this topic a visit's team breaks: the one place they are decided,
     * for scheduling by hand and for the solver alike. Unlike a school's calendar, nobody may set
     * them aside.
     */
    public List<RulesBroken.Rule> safeguardingBroken(
            boolean girlsSchool,
            boolean schoolConsentsToPolice,
            boolean leadVetted,
            boolean womanOnTeam,
            boolean policeOnTeam) {
        List<RulesBroken.Rule> broken = new ArrayList<>();
        if (womanForGirls && girlsSchool && !womanOnTeam) {
            broken.add(new RulesBroken.Rule(WOMAN, nameEn));
        }
        if (sensitive && !leadVetted) {
            broken.add(new RulesBroken.Rule(VETTING, nameEn));
        }
        if (policeConsent && policeOnTeam && !schoolConsentsToPolice) {
            broken.add(new RulesBroken.Rule(POLICE_CONSENT));
        }
        return broken;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isWomanForGirls() {
        return womanForGirls;
    }

    public boolean isPoliceConsent() {
        return policeConsent;
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
