package iq.cpf.awareness.material.entity;

import iq.cpf.awareness.platform.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a lesson: its texts in each language it was written in. Versions are never edited
 * once they exist, so a visit that was given one keeps exactly what it was given; a change makes
 * the next version.
 */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_version_seq")
    @SequenceGenerator(
            name = "material_version_seq",
            sequenceName = "material_version_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    private int number;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ApprovalState state;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Origin origin;

    private String checksum;

    @NotNull
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Valid
    @OneToMany(mappedBy = "materialVersion", cascade = CascadeType.ALL)
    @OrderBy("language")
    private List<MaterialText> texts = new ArrayList<>();

    @Version private int version;

    protected MaterialVersion() {}

    MaterialVersion(
            Material material,
            int number,
            ApprovalState state,
            Origin origin,
            String checksum,
            String createdBy,
            Instant createdAt) {
        this.material = material;
        this.number = number;
        this.state = state;
        this.origin = origin;
        this.checksum = checksum;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public MaterialText addText(
            Language language,
            String title,
            Integer durationMinutes,
            String markdown,
            String quiz) {
        MaterialText text =
                new MaterialText(this, language, title, durationMinutes, markdown, quiz);
        texts.add(text);
        return text;
    }

    public Optional<MaterialText> text(Language language) {
        return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    /** The text in the reader's language, else Arabic, else whatever there is. */
    public MaterialText textFor(Language language) {
        return text(language).or(() -> text(Language.AR)).orElseGet(() -> texts.get(0));
    }

    public void setState(ApprovalState state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public int getNumber() {
        return number;
    }

    public ApprovalState getState() {
        return state;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getChecksum() {
        return checksum;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<MaterialText> getTexts() {
        return texts;
    }
}
