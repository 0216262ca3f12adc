package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.control.Trainings;
import iq.cpf.awareness.participation.entity.AdultRole;
import iq.cpf.awareness.participation.entity.Attendance;
import iq.cpf.awareness.participation.entity.TrainingKind;
import iq.cpf.awareness.platform.boundary.Params;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training or workshop as a client describes it; roles are police, community or teacher. */
public record TrainingInput(
        @Schema(required = true) Long forumId,
        Long campaignId,
        @Schema(required = true) String kind,
        @Schema(required = true) String title,
        @Schema(required = true) String heldOn,
        String governorate,
        String district,
        Integer sessions,
        String notes,
        @Schema(required = true) List<AttendanceInput> attendance,
        Integer version) {

    public record AttendanceInput(
            @Schema(required = true) String role,
            @Schema(required = true) Integer women,
            @Schema(required = true) Integer men) {}

    /**
     * The training as the service takes it; the API and the page read the text of kinds, roles and
     * dates the same way, so they refuse the same values with the same messages.
     */
    Trainings.Description description() {
        List<Attendance> people =
                attendance == null
                        ? List.of()
                        : attendance.stream()
                                .filter(a -> a != null)
                                .map(
                                        a ->
                                                new Attendance(
                                                        Params.enumeration(
                                                                "attendance.role",
                                                                a.role(),
                                                                AdultRole.class),
                                                        a.women(),
                                                        a.men()))
                                .toList();
        return new Trainings.Description(
                forumId,
                campaignId,
                Params.enumeration("kind", kind, TrainingKind.class),
                title,
                Params.date("heldOn", heldOn),
                governorate,
                district,
                sessions,
                notes,
                people);
    }
}
