package iq.cpf.awareness.participation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendance of one visit. Students are counted by gender once, whatever the number of sessions
 * they sat in, so that reach is one number without double counting.
 */
@Entity
public class Participation {

    @Id
    @Column(name = "visit_id")
    private Long visitId;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer girls;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer boys;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 500, message = "{field.max}")
    private Integer teachers;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{field.min}")
    @Max(value = 50, message = "{field.max}")
    private Integer sessions;

    @Size(max = 4000, message = "{field.size}")
    private String notes;

    @Valid
    @Size(max = 30, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "participation_grade", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<GradeCount> grades = new ArrayList<>();

    @Valid
    @Size(max = 30, message = "{field.size}")
    @ElementCollection
    @CollectionTable(name = "participation_quiz", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<ClassQuiz> quizzes = new ArrayList<>();

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version private int version;

    protected Participation() {}

    public Participation(Long visitId) {
        this.visitId = visitId;
    }

    public void report(
            Integer girls,
            Integer boys,
            Integer teachers,
            Integer sessions,
            String notes,
            List<GradeCount> grades,
            List<ClassQuiz> quizzes,
            String by,
            Instant at) {
        this.girls = girls;
        this.boys = boys;
        this.grades.clear();
        this.grades.addAll(grades);
        this.quizzes.clear();
        this.quizzes.addAll(quizzes);
        this.teachers = teachers;
        this.sessions = sessions;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.reportedBy = by;
        this.reportedAt = at;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Integer getGirls() {
        return girls;
    }

    public Integer getBoys() {
        return boys;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public Integer getSessions() {
        return sessions;
    }

    public String getNotes() {
        return notes;
    }

    public List<GradeCount> getGrades() {
        return grades;
    }

    public List<ClassQuiz> getQuizzes() {
        return quizzes;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public int getVersion() {
        return version;
    }
}
