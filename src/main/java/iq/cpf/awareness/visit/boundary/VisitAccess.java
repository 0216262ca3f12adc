package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.security.control.Callers;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/** Who may see a visit and what belongs to it: organisers, and the volunteers of its team. */
@RequestScoped
public class VisitAccess {

    @Inject
    Callers callers;

    public Visit visible(Visit visit) {
        if (callers.isOrganiser()) {
            return visit;
        }
        Long own = callers.volunteerId().orElseThrow(ForbiddenException::new);
        if (visit.getVolunteers().stream().map(Volunteer::getId).noneMatch(own::equals)) {
            throw new ForbiddenException();
        }
        return visit;
    }
}
