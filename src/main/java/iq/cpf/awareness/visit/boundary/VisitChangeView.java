package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.visit.entity.VisitChange;
import java.time.Instant;
import java.util.Locale;

/** One entry of a visit's history. */
public record VisitChangeView(
        Instant changedAt,
        String kind,
        Instant oldStart,
        Integer oldDurationMinutes,
        Instant newStart,
        Integer newDurationMinutes,
        String changedBy,
        String reason) {

    static VisitChangeView of(VisitChange c) {
        return new VisitChangeView(
                c.getChangedAt(),
                c.getKind().name().toLowerCase(Locale.ROOT),
                c.getOldStart(),
                c.getOldDurationMinutes(),
                c.getNewStart(),
                c.getNewDurationMinutes(),
                c.getChangedBy(),
                c.getReason());
    }
}
