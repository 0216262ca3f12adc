package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.participation.entity.Participation;
import java.time.Instant;

public record ParticipationView(Long visitId, int girls, int boys, int students, int teachers, int sessions,
                                String notes, String reportedBy, Instant reportedAt, int version) {

    static ParticipationView of(Participation p) {
        return new ParticipationView(p.getVisitId(), p.getGirls(), p.getBoys(), p.getGirls() + p.getBoys(),
                p.getTeachers(), p.getSessions(), p.getNotes(), p.getReportedBy(), p.getReportedAt(), p.getVersion());
    }
}
