package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The people of one role at a training or workshop, by gender, each counted once whatever the
 * sessions.
 */
@Embeddable
public class Attendance {

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private AdultRole role;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer women;

    @NotNull(message = "{field.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 5000, message = "{field.max}")
    private Integer men;

    protected Attendance() {}

    public Attendance(AdultRole role, Integer women, Integer men) {
        this.role = role;
        this.women = women;
        this.men = men;
    }

    public AdultRole getRole() {
        return role;
    }

    public Integer getWomen() {
        return women;
    }

    public Integer getMen() {
        return men;
    }

    public int people() {
        return (women == null ? 0 : women) + (men == null ? 0 : men);
    }
}
