package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Who may see a visit and what belongs to it: organisers whose scope has its forum, and the
 * volunteers of its team. Anyone else is told it does not exist (404), as for a visit that does
 * not.
 */
@RequestScoped
public class VisitAccess {

    @Inject Caller caller;
    @Inject Visits visits;

    /** The visit as the caller may see it, read in a transaction so its team and lessons load. */
    @Transactional
    public VisitView view(long id) {
        return VisitView.of(visible(id));
    }

    public Visit visible(long id) {
        if (caller.isOrganiser()) {
            return visits.get(caller.scope(), id);
        }
        Visit visit = visits.get(id);
        Long own = caller.volunteerId().orElse(null);
        if (own == null
                || visit.getVolunteers().stream().map(Volunteer::getId).noneMatch(own::equals)) {
            throw NotFound.of("visit", id);
        }
        return visit;
    }
}
