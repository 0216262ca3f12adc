package iq.cpf.awareness.planning.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A time a visit can start at, in the campaign's local time. */
public final class Slot {

    private static final LocalDate FIRST_SUNDAY = LocalDate.of(2000, 1, 2);

    private final LocalDateTime start;
    private final LocalDateTime end;

    public Slot(LocalDateTime start, int minutes) {
        this.start = start;
        this.end = start.plusMinutes(minutes);
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** The school week it falls in, Sunday to Saturday, as a number. */
    public long week() {
        return ChronoUnit.WEEKS.between(
                FIRST_SUNDAY, date().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
    }

    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    public boolean overlaps(Slot other) {
        return overlaps(other.start, other.end);
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
