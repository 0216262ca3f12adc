package iq.cpf.awareness.material.entity;

import iq.cpf.awareness.platform.Language;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A lesson version in one language: Markdown as written, and its quiz (JSON) when it has one. */
@Entity
@Table(name = "material_text")
public class MaterialText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_text_seq")
    @SequenceGenerator(
            name = "material_text_seq",
            sequenceName = "material_text_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private MaterialVersion materialVersion;

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Language language;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String title;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 600, message = "{field.max}")
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @NotBlank(message = "{field.required}")
    @Size(max = 200000, message = "{field.size}")
    @Column(name = "body_markdown")
    private String bodyMarkdown;

    @Size(max = 20000, message = "{field.size}")
    private String quiz;

    protected MaterialText() {}

    MaterialText(
            MaterialVersion materialVersion,
            Language language,
            String title,
            Integer durationMinutes,
            String bodyMarkdown,
            String quiz) {
        this.materialVersion = materialVersion;
        this.language = language;
        this.title = title;
        this.durationMinutes = durationMinutes;
        this.bodyMarkdown = bodyMarkdown;
        this.quiz = quiz;
    }

    public Long getId() {
        return id;
    }

    public MaterialVersion getMaterialVersion() {
        return materialVersion;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getQuiz() {
        return quiz;
    }
}
