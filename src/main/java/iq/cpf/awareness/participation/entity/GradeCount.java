package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The students of one grade at a visit, by gender. Grades are the school's own words ("5", "first intermediate"). */
@Embeddable
public class GradeCount {

    @NotBlank(message = "{field.required}")
    @Size(max = 40, message = "{field.size}")
    private String grade;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer girls;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer boys;

    protected GradeCount() {
    }

    public GradeCount(String grade, Integer girls, Integer boys) {
        this.grade = grade == null ? null : grade.strip();
        this.girls = girls;
        this.boys = boys;
    }

    public String getGrade() {
        return grade;
    }

    public Integer getGirls() {
        return girls;
    }

    public Integer getBoys() {
        return boys;
    }
}
