package iq.cpf.awareness.security.control;

import iq.cpf.awareness.security.entity.Role;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is calling in this request, and which volunteer that is, if any. */
@RequestScoped
public class Callers {

    @Inject
    SecurityContext security;
    @Inject
    Users users;
    @Inject
    Volunteers volunteers;

    private Optional<Long> volunteerId;

    public Optional<String> email() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    public boolean isOrganiser() {
        return security.isCallerInRole(Role.ORGANISER_GROUP);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_GROUP);
    }

    /** The volunteer record of the caller: linked to their user, or else the one with their email. */
    public Optional<Long> volunteerId() {
        if (volunteerId == null) {
            volunteerId = email().flatMap(email -> users.find(email)
                    .map(User::getVolunteer).map(Volunteer::getId)
                    .or(() -> volunteers.byEmail(email).map(Volunteer::getId)));
        }
        return volunteerId;
    }
}
