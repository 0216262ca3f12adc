package iq.cpf.awareness.material.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file attached to a lesson (stored outside the web root under {@code storageKey}, a name the
 * application made; {@code name} is the sanitised name it was sent with) or a link to one elsewhere
 * (a video).
 */
@Entity
@Table(name = "material_file")
public class MaterialFile {

    public enum Kind {
        FILE,
        LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_file_seq")
    @SequenceGenerator(
            name = "material_file_seq",
            sequenceName = "material_file_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private Material material;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    private String url;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected MaterialFile() {}

    private MaterialFile(
            Material material, Kind kind, String name, Instant createdAt, String createdBy) {
        this.material = material;
        this.kind = kind;
        this.name = name;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public static MaterialFile stored(
            Material material,
            String name,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            Instant createdAt,
            String createdBy) {
        MaterialFile file = new MaterialFile(material, Kind.FILE, name, createdAt, createdBy);
        file.contentType = contentType;
        file.sizeBytes = sizeBytes;
        file.sha256 = sha256;
        file.storageKey = storageKey;
        return file;
    }

    public static MaterialFile link(
            Material material, String name, String url, Instant createdAt, String createdBy) {
        MaterialFile file = new MaterialFile(material, Kind.LINK, name, createdAt, createdBy);
        file.url = url;
        return file;
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUrl() {
        return url;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
