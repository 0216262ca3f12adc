package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.campaign.control.Forums;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.boundary.Page;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.security.control.Callers;
import iq.cpf.awareness.security.control.Scopes;
import iq.cpf.awareness.security.entity.Role;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Objects;

@Path("volunteers")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    @Inject
    Volunteers volunteers;
    @Inject
    Callers callers;
    @Inject
    iq.cpf.awareness.notification.control.Feeds feeds;
    @Inject
    Scopes scopes;
    @Inject
    Forums forums;

    @GET
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Page<VolunteerView> list(@QueryParam("forumId") String forumId, @QueryParam("policeOfficer") String police,
                                    @QueryParam("q") String query, @BeanParam Paging paging) {
        Boolean policeOfficer = police == null || police.isBlank() ? null : Boolean.valueOf(police.trim());
        return volunteers.list(scopes.current(), Params.id("forumId", forumId), policeOfficer, query, paging.first(), paging.size())
                .map(VolunteerView::of);
    }

    /** Organisers see the volunteers of their scope; a volunteer sees only themself (anyone else: 404). */
    @GET
    @Path("{id}")
    public VolunteerView get(@PathParam("id") String id) {
        long volunteerId = Params.pathId(id);
        if (!callers.isOrganiser()) {
            if (!callers.volunteerId().map(own -> own == volunteerId).orElse(false)) {
                throw NotFound.of("volunteer", volunteerId);
            }
            return VolunteerView.of(volunteers.get(ForumScope.NATIONAL, volunteerId));
        }
        return VolunteerView.of(volunteers.get(scopes.current(), volunteerId));
    }

    /** The private URL of the volunteer's calendar feed of their visits (for them or an organiser). */
    @GET
    @Path("{id}/feed")
    public java.util.Map<String, String> feed(@PathParam("id") String id) {
        VolunteerView volunteer = get(id);
        return java.util.Map.of("url", feeds.url(volunteer.id()));
    }

    /** Erases the volunteer on their request: their name and addresses go, their visits and counts stay. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response erase(@PathParam("id") String id) {
        volunteers.erase(scopes.current(), Params.pathId(id));
        return Response.noContent().build();
    }

    /** A new address for the volunteer's calendar feed; the old one stops working at once. */
    @POST
    @Path("{id}/feed/renew")
    @Consumes(MediaType.WILDCARD)
    public java.util.Map<String, String> renewFeed(@PathParam("id") String id,
                                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Params.jsonOrNone(type);
        VolunteerView volunteer = get(id);
        return java.util.Map.of("url", feeds.renew(volunteer.id()));
    }

    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") VolunteerInput body) {
        Volunteer volunteer = volunteers.create((v, refusals) -> {
            fill(v, body);
            v.setForum(refusals.check(() -> forums.owner(scopes.current(), body.forumId())));
        });
        return Response.created(UriBuilder.fromResource(VolunteersResource.class)
                .path(String.valueOf(volunteer.getId())).build()).entity(VolunteerView.of(volunteer)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public VolunteerView update(@PathParam("id") String id, @NotNull(message = "{field.required}") VolunteerInput body) {
        return VolunteerView.of(volunteers.update(scopes.current(), Params.pathId(id), body.version(), (v, refusals) -> {
            fill(v, body);
            if (body.forumId() != null) {
                v.setForum(refusals.check(() -> forums.owner(scopes.current(), body.forumId())));
            }
        }));
    }

    private static void fill(Volunteer v, VolunteerInput body) {
        v.setName(body.name());
        v.setEmail(body.email());
        v.setPhone(body.phone());
        v.setLanguage(Objects.requireNonNullElse(body.language(), iq.cpf.awareness.platform.Language.AR));
        v.setLanguages(body.languages() == null ? List.of(v.getLanguage())
                : body.languages().stream().filter(Objects::nonNull).distinct().toList());
        v.setPoliceOfficer(Boolean.TRUE.equals(body.policeOfficer()));
    }
}
