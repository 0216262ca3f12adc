package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is: what a client shows and what it may offer, without trying each endpoint. */
@Path("me")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject Caller caller;
    @Inject Users users;
    @PersistenceContext EntityManager em;

    /**
     * {@code kind}: national, governorate or forums; the forums are listed except for a national
     * scope.
     */
    public record ScopeView(String kind, String governorate, List<ForumRef> forums) {}

    public record ForumRef(long id, String name, String governorate, String district) {}

    public record MeView(
            long id,
            String email,
            String name,
            Role role,
            Language language,
            Long volunteerId,
            ScopeView scope) {}

    @Operation(
            summary = "Who the caller is",
            description =
                    "Their name, email, role, language and scope: what a client shows and may offer, without trying each endpoint.")
    @GET
    public MeView me() {
        User user =
                caller.email()
                        .flatMap(users::find)
                        .orElseThrow(() -> new NotFound("error.http.404"));
        ForumScope scope = caller.scope();
        List<ForumRef> forums =
                scope.national()
                        ? null
                        : scope.forums().isEmpty()
                                ? List.of()
                                : em.createQuery(
                                                "select f from Forum f where f.id in :ids order by f.name, f.id",
                                                Forum.class)
                                        .setParameter("ids", scope.forums())
                                        .getResultStream()
                                        .map(
                                                f ->
                                                        new ForumRef(
                                                                f.getId(),
                                                                f.getName(),
                                                                f.getGovernorate(),
                                                                f.getDistrict()))
                                        .toList();
        String kind =
                scope.national()
                        ? "national"
                        : user.getRole() == Role.COORDINATOR ? "governorate" : "forums";
        return new MeView(
                user.getId(),
                user.getEmail(),
                user.getName(),
                user.getRole(),
                user.getLanguage(),
                user.getVolunteer() == null ? null : user.getVolunteer().getId(),
                new ScopeView(kind, user.getGovernorate(), forums));
    }
}
