package iq.cpf.awareness.volunteer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Hours of a weekday a volunteer can go to schools, every week. */
@Embeddable
public class Window {

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek day;

    @NotNull(message = "{field.required}")
    @Column(name = "start_time")
    private LocalTime start;

    @NotNull(message = "{field.required}")
    @Column(name = "end_time")
    private LocalTime end;

    protected Window() {}

    public Window(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    @AssertTrue(message = "{availability.window.order}")
    boolean isInOrder() {
        return start == null || end == null || start.isBefore(end);
    }

    /** Whether a visit from {@code from} to {@code to}, on one day, lies wholly within it. */
    public boolean holds(LocalDateTime from, LocalDateTime to) {
        return from.getDayOfWeek() == day
                && from.toLocalDate().equals(to.toLocalDate())
                && !from.toLocalTime().isBefore(start)
                && !to.toLocalTime().isAfter(end);
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }
}
