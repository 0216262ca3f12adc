package iq.cpf.awareness.planning.boundary;

import iq.cpf.awareness.planning.control.Proposals;
import iq.cpf.awareness.planning.entity.Proposal;
import iq.cpf.awareness.planning.entity.ProposalStatus;
import iq.cpf.awareness.planning.entity.ProposedVisit;
import iq.cpf.awareness.platform.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal as the API shows it: its state and score, the visits it places, and for each visit it
 * could not place, why.
 */
public record PlanView(
        long id,
        long campaignId,
        ProposalStatus status,
        @Schema(
                        description =
                                "Timefold's score: hard rules broken (0 when none), medium visits unplaced, soft preferences; e.g. 0hard/-2medium/-340soft")
                String score,
        LocalDate from,
        LocalDate to,
        int visitsPerSchool,
        int durationMinutes,
        int secondsLimit,
        String search,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        String failure,
        List<Placed> visits,
        List<Unplaced> unplaced)
        implements Serializable {

    /** A visit the proposal places: committing schedules it, lead first. */
    public record Placed(
            int index,
            long schoolId,
            String schoolName,
            Instant start,
            Instant end,
            List<Long> volunteerIds,
            boolean locked,
            @Schema(description = "The visit it became, once committed") Long visitId)
            implements Serializable {}

    /** A visit it could not place, and why. */
    public record Unplaced(
            int index,
            long schoolId,
            String schoolName,
            @Schema(
                            description =
                                    "plan.noSchoolDay, plan.noSpeaker, plan.noTeam, plan.full or plan.conflict")
                    String reason,
            String message)
            implements Serializable {}

    /** In the language the request asks for. */
    static PlanView of(Proposal p, Proposals proposals, HttpHeaders headers) {
        return of(
                p, proposals.schoolNames(p), Messages.supported(headers.getAcceptableLanguages()));
    }

    static PlanView of(Proposal p, Map<Long, String> schools, Locale locale) {
        List<Placed> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        List<ProposedVisit> visits = p.getVisits();
        for (int i = 0; i < visits.size(); i++) {
            ProposedVisit v = visits.get(i);
            String name = schools.get(v.getSchoolId());
            if (v.isPlaced()) {
                placed.add(
                        new Placed(
                                i,
                                v.getSchoolId(),
                                name,
                                v.getStart(),
                                Proposals.end(p, v),
                                List.of(v.getLeadId(), v.getPartnerId()),
                                v.isLocked(),
                                v.getVisitId()));
            } else if (v.getUnplaced() != null) {
                unplaced.add(
                        new Unplaced(
                                i,
                                v.getSchoolId(),
                                name,
                                v.getUnplaced(),
                                Messages.get(locale, v.getUnplaced(), name)));
            }
        }
        return new PlanView(
                p.getId(),
                p.getCampaign().getId(),
                p.getStatus(),
                p.getScore(),
                p.getFirstDay(),
                p.getLastDay(),
                p.getVisitsPerSchool(),
                p.getDurationMinutes(),
                p.getSecondsLimit(),
                p.getSearch(),
                p.getCreatedBy(),
                p.getCreatedAt(),
                p.getFinishedAt(),
                p.getFailure() == null ? null : Messages.get(locale, p.getFailure()),
                placed,
                unplaced);
    }
}
