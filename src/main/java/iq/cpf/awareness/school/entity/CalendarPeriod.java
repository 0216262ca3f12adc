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
 * Ramadan and Eid are entered as holidays with the year's dates: they move with the moon.
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
    private LocalDate firstDay;

    @NotNull(message = "{field.required}")
    @Column(name = "last_day")
    private LocalDate lastDay;

    protected CalendarPeriod() {}

    public CalendarPeriod(PeriodKind kind, String name, LocalDate firstDay, LocalDate lastDay) {
        this.kind = kind;
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    @AssertTrue(message = "{calendar.period.order}")
    boolean isInOrder() {
        return firstDay == null || lastDay == null || !lastDay.isBefore(firstDay);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public PeriodKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalendarPeriod p
                && kind == p.kind
                && Objects.equals(name, p.name)
                && Objects.equals(firstDay, p.firstDay)
                && Objects.equals(lastDay, p.lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, firstDay, lastDay);
    }
}
