package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A visit as the API shows it: times with the offset of the campaign's time zone. */
public record VisitView(
        Long id,
        Long campaignId,
        Long schoolId,
        String schoolName,
        OffsetDateTime start,
        OffsetDateTime end,
        int durationMinutes,
        String timeZone,
        List<Long> volunteerIds,
        Long leadVolunteerId,
        List<Long> materialIds,
        Integer expectedStudents,
        VisitStatus status,
        int sequence,
        int version,
        List<LessonUsed> materials,
        String cancellationReason) {

    /** A lesson the visit was given, with the exact version. */
    public record LessonUsed(Long materialId, int version) {}

    public static VisitView of(Visit v) {
        ZoneId zone = v.getCampaign().zone();
        List<Long> team = v.getVolunteers().stream().map(Volunteer::getId).toList();
        return new VisitView(
                v.getId(),
                v.getCampaign().getId(),
                v.getSchool().getId(),
                v.getSchool().getName(),
                v.getStart().atZone(zone).toOffsetDateTime(),
                v.getEnd().atZone(zone).toOffsetDateTime(),
                v.getDurationMinutes(),
                zone.getId(),
                team,
                team.isEmpty() ? null : team.get(0),
                v.getMaterials().stream().map(m -> m.getMaterial().getId()).toList(),
                v.getExpectedStudents(),
                v.getStatus(),
                v.getSequence(),
                v.getVersion(),
                v.getMaterials().stream()
                        .map(m -> new LessonUsed(m.getMaterial().getId(), m.getNumber()))
                        .toList(),
                v.getCancellationReason());
    }
}
