package iq.cpf.awareness.volunteer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Days a volunteer is away, from the first to the last, both included. */
@Embeddable
public class Away {

    @NotNull(message = "{field.required}")
    @Column(name = "first_day")
    private LocalDate from;

    @NotNull(message = "{field.required}")
    @Column(name = "last_day")
    private LocalDate to;

    protected Away() {}

    public Away(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    @AssertTrue(message = "{availability.away.order}")
    boolean isInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
