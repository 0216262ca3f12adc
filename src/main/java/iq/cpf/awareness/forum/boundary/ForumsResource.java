package iq.cpf.awareness.forum.boundary;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("forums")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
/**
 * Community Policing Forums, as far as the caller's scope reaches. Administrators create forums
 * anywhere and coordinators in their governorate; an organiser edits their own forum (its name, its
 * referral contacts, the phone and email its emails give) but cannot move it to another
 * governorate.
 */
public class ForumsResource {

    @Inject Forums forums;
    @Inject Caller caller;

    @Operation(
            summary = "List forums",
            description = "The Community Policing Forums within the caller's scope.")
    @GET
    public Page<ForumView> list(
            @QueryParam("governorate") String governorate, @BeanParam Paging paging) {
        return forums.list(caller.scope(), governorate, paging.first(), paging.size())
                .map(ForumView::of);
    }

    @Operation(summary = "Get a forum")
    @GET
    @Path("{id}")
    public ForumView get(@PathParam("id") String id) {
        return ForumView.of(forums.get(caller.scope(), Params.pathId(id)));
    }

    @Operation(
            summary = "Create a forum",
            description = "Administrators anywhere, coordinators in their governorate.")
    @APIResponseSchema(
            value = ForumView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed({Role.ADMIN_GROUP, Role.COORDINATOR_GROUP})
    public Response create(@NotNull(message = "{field.required}") ForumInput body) {
        inGovernorate(body.governorate(), null);
        Forum created = new Forum(body.name(), body.governorate(), body.district());
        created.setReferralContacts(body.referralContacts());
        created.setPhone(body.phone());
        created.setEmail(body.email());
        Forum forum = forums.create(created);
        return Response.created(
                        UriBuilder.fromResource(ForumsResource.class)
                                .path(String.valueOf(forum.getId()))
                                .build())
                .entity(ForumView.of(forum))
                .build();
    }

    @Operation(
            summary = "Update a forum",
            description =
                    "Its name and referral contacts; an organiser cannot move their forum to another governorate.")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public ForumView update(
            @PathParam("id") String id, @NotNull(message = "{field.required}") ForumInput body) {
        long forumId = Params.pathId(id);
        inGovernorate(body.governorate(), forums.get(caller.scope(), forumId).getGovernorate());
        return ForumView.of(
                forums.update(
                        caller.scope(),
                        forumId,
                        body.version(),
                        body.name(),
                        body.governorate(),
                        body.district(),
                        body.referralContacts(),
                        body.phone(),
                        body.email()));
    }

    /**
     * A forum stays where the caller's scope reaches: a coordinator's governorate, an organiser's
     * current one.
     */
    private void inGovernorate(String governorate, String current) {
        if (caller.scope().national() || governorate == null) {
            return;
        }
        String allowed = caller.governorate().orElse(current);
        if (!governorate.equals(allowed)) {
            throw new InvalidInput("governorate", "scope.governorate");
        }
    }
}
