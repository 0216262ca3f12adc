package iq.cpf.awareness.visit.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A visit as a client sends it. The first of {@code volunteerIds} leads. {@code status} is not
 * here: it changes only through the actions (cancel, confirm, participation).
 */
public record VisitInput(
        Long campaignId,
        Long schoolId,
        OffsetDateTime start,
        Integer durationMinutes,
        List<Long> volunteerIds,
        List<Long> materialIds,
        Integer expectedStudents,
        Integer version) {}
