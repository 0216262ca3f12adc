package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.entity.Training;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A training or workshop of the reach ledger, with the people it reached. */
public record TrainingView(
        Long id,
        Long forumId,
        Long campaignId,
        String kind,
        String title,
        LocalDate heldOn,
        String governorate,
        String district,
        int sessions,
        String notes,
        List<AttendanceView> attendance,
        int people,
        int version) {

    public record AttendanceView(String role, int women, int men) {}

    static TrainingView of(Training t) {
        return new TrainingView(
                t.getId(),
                t.getForum().getId(),
                t.getCampaign() == null ? null : t.getCampaign().getId(),
                t.getKind().name().toLowerCase(Locale.ROOT),
                t.getTitle(),
                t.getHeldOn(),
                t.getGovernorate(),
                t.getDistrict(),
                t.getSessions(),
                t.getNotes(),
                t.getAttendance().stream()
                        .map(
                                a ->
                                        new AttendanceView(
                                                a.getRole().name().toLowerCase(Locale.ROOT),
                                                a.getWomen(),
                                                a.getMen()))
                        .toList(),
                t.people(),
                t.getVersion());
    }
}
