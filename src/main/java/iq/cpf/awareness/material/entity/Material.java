package iq.cpf.awareness.material.entity;

import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.school.entity.SchoolLevel;
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
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A lesson for one topic and age band. Its text lives in numbered versions; {@code slug} is the id
 * of a lesson from the curated library ({@code content/}), empty for lessons organisers wrote in
 * the application.
 */
@Entity
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    private Long id;

    @Size(max = 80, message = "{field.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{topic.slug.pattern}")
    private String slug;

    @NotNull(message = "{field.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_slug")
    private Topic topic;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private SchoolLevel ageBand;

    @NotNull
    @Column(name = "created_at")
    private Instant createdAt;

    @Valid
    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<MaterialVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "material", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<MaterialFile> files = new ArrayList<>();

    @Version private int version;

    protected Material() {}

    public Material(String slug, Topic topic, SchoolLevel ageBand, Instant createdAt) {
        this.slug = slug;
        this.topic = topic;
        this.ageBand = ageBand;
        this.createdAt = createdAt;
    }

    /** Starts the next version, numbered after the last one. */
    public MaterialVersion newVersion(
            ApprovalState state, Origin origin, String checksum, String createdBy, Instant now) {
        int number = versions.stream().mapToInt(MaterialVersion::getNumber).max().orElse(0) + 1;
        MaterialVersion next =
                new MaterialVersion(this, number, state, origin, checksum, createdBy, now);
        versions.add(next);
        return next;
    }

    public Optional<MaterialVersion> approved() {
        return versions.stream().filter(v -> v.getState() == ApprovalState.APPROVED).findFirst();
    }

    public Optional<MaterialVersion> latest() {
        return versions.stream().max(Comparator.comparingInt(MaterialVersion::getNumber));
    }

    public Optional<MaterialVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    /**
     * The newest version from the curated library, which the next import compares its files with.
     */
    public Optional<MaterialVersion> latestFromContent() {
        return versions.stream()
                .filter(v -> v.getOrigin() == Origin.CONTENT)
                .max(Comparator.comparingInt(MaterialVersion::getNumber));
    }

    public void attach(MaterialFile file) {
        files.add(file);
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public void setAgeBand(SchoolLevel ageBand) {
        this.ageBand = ageBand;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Topic getTopic() {
        return topic;
    }

    public SchoolLevel getAgeBand() {
        return ageBand;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<MaterialVersion> getVersions() {
        return versions;
    }

    public List<MaterialFile> getFiles() {
        return files;
    }

    public int getVersion() {
        return version;
    }
}
