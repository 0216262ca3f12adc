package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.platform.ForumScope;
import jakarta.enterprise.context.ApplicationScoped;
import iq.cpf.awareness.platform.ForumScope;
import jakarta.inject.Inject;
import iq.cpf.awareness.platform.ForumScope;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The visits of a period as a calendar shows them, read in one transaction. */
@ApplicationScoped
@Transactional
public class VisitCalendar {

    @Inject
    Visits visits;

    /** One visit in the calendar. */
    public record Entry(long id, String school, String campaign, String district, Instant start, Instant end,
                        VisitStatus status) {
    }

    public List<Entry> between(ForumScope scope, Instant from, Instant to, Long campaignId, String district) {
        return visits.list(scope, from, to, null, null, campaignId, null, 0, 1000).items().stream()
                .filter(v -> v.getStatus() != VisitStatus.CANCELLED)
                .filter(v -> district == null || district.isBlank() || district.equals(v.getSchool().getDistrict()))
                .map(v -> new Entry(v.getId(), v.getSchool().getName(), v.getCampaign().getName(),
                        v.getSchool().getDistrict(), v.getStart(), v.getEnd(), v.getStatus()))
                .toList();
    }
}
