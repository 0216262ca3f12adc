package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

/**
 * The students of one grade at a visit, by gender. Grades are the school's own words ("5", "first
 * intermediate").
 */
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

    /**
     * A grade as schools write it: a number from 1 to 12 (in Western or Arabic-Indic digits), or
     * words that start with a letter ("first intermediate", "الأول المتوسط"). A digit string of any
     * other size is a typing mistake that would otherwise sort and sum as a grade of its own.
     */
    public static boolean sensible(String grade) {
        if (grade == null || grade.isBlank()) {
            return false;
        }
        String label = grade.strip();
        if (label.chars().allMatch(Character::isDigit)) {
            if (label.length() > 2) {
                return false;
            }
            int number = Integer.parseInt(label);
            return number >= 1 && number <= 12;
        }
        return LABEL.matcher(label).matches();
    }

    private static final Pattern LABEL =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .'\u2019-]{0,39}");

    protected GradeCount() {}

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
