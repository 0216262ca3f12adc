package iq.cpf.awareness.visit.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A visit as a client sends it. The first of {@code volunteerIds} leads. {@code status} is not
 * here: it changes only through the actions (cancel, confirm, participation).
 */
public record VisitInput(
        @Schema(required = true) Long campaignId,
        @Schema(required = true) Long schoolId,
        @Schema(required = true) OffsetDateTime start,
        @Schema(required = true) Integer durationMinutes,
        @Schema(required = true) List<Long> volunteerIds,
        List<Long> materialIds,
        Integer expectedStudents,
        Integer version,
        @Schema(
                        description =
                                "Why the visit is scheduled outside the school's calendar (a holiday, a day off, outside its shift): without it such a visit is refused with 409 naming the rules; with it, it is accepted and the reason kept in its history.",
                        maxLength = 1000)
                String overrideReason) {}
