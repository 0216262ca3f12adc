package iq.cpf.awareness.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term, holiday or exam period of a calendar, from its first to its last day, both included.
 * Ramadan and Eid are entered as holidays with the year's dates: they move with the moon. Its
 * fields are named as the API names them, so that a refusal names the field the client sent.
 */
@Embeddable
public class CalendarPeriod {

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.size}")
    private String name;

    @NotNull(message = "{field.required}")
    @Column(name = "first_day")
    private LocalDate from;

    @NotNull(message = "{field.required}")
    @Column(name = "last_day")
    private LocalDate to;

    protected CalendarPeriod() {}

    public CalendarPeriod(PeriodKind kind, String name, LocalDate firstDay, LocalDate lastDay) {
        this.kind = kind;
        this.name = name;
        this.from = firstDay;
        this.to = lastDay;
    }

    @AssertTrue(message = "{calendar.period.order}")
    boolean isInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public PeriodKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFirstDay() {
        return from;
    }

    public LocalDate getLastDay() {
        return to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarPeriod p
                && kind == p.kind
                && Objects.equals(name, p.name)
                && Objects.equals(from, p.from)
                && Objects.equals(to, p.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, from, to);
    }
}
