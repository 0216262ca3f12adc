package iq.cpf.awareness.participation.boundary;

import java.util.List;

/** A training or workshop as a client describes it; roles are police, community or teacher. */
public record TrainingInput(
        Long forumId,
        Long campaignId,
        String kind,
        String title,
        String heldOn,
        String governorate,
        String district,
        Integer sessions,
        String notes,
        List<AttendanceInput> attendance,
        Integer version) {

    public record AttendanceInput(String role, Integer women, Integer men) {}
}
