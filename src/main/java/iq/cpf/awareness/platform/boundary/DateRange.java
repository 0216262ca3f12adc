package iq.cpf.awareness.platform.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Two days of a form, the first and the last, both included: a holiday, days away. */
public class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    public DateRange() {}

    public DateRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
