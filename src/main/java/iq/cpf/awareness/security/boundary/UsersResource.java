package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.volunteer.entity.Volunteer;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Logins and their roles, kept by administrators; {@code /api/users/me} tells anyone who they are.
 */
@Path("users")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject Users users;
    @Inject Caller caller;
    @Inject Checks checks;

    @Operation(summary = "List users")
    @GET
    @RolesAllowed(Role.ADMIN_GROUP)
    public Page<UserView> list(@QueryParam("q") String query, @BeanParam Paging paging) {
        return users.search(query, paging.first(), paging.size()).map(UserView::of);
    }

    @Operation(summary = "Get the caller's own user")
    @GET
    @Path("me")
    public UserView me() {
        String email = caller.email().orElseThrow(() -> new NotFound("error.http.404"));
        return users.find(email)
                .map(UserView::of)
                .orElseThrow(() -> new NotFound("error.http.404"));
    }

    /**
     * What an administrator changes of a user: role, scope ({@code forumIds} for an organiser,
     * {@code governorate} for a coordinator) and whether they may log in; absent fields stay.
     */
    @Operation(
            summary = "Change a user's role, scope or access",
            description = "Absent fields stay as they were.")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_GROUP)
    public UserView change(
            @PathParam("id") String id, @NotNull(message = "{field.required}") UserChange body) {
        return UserView.of(
                users.change(
                        caller.email().orElse(null),
                        Params.pathId(id),
                        body.role(),
                        body.enabled(),
                        forums(body.forumIds()),
                        body.governorate()));
    }

    public record UserChange(Role role, Boolean enabled, List<Long> forumIds, String governorate) {}

    /** The caller's own new password; the current one proves it is them. */
    @Operation(
            summary = "Change one's own password",
            description = "The current password proves it is them.")
    @APIResponse(responseCode = "204", description = "Done")
    @PUT
    @Path("me/password")
    public Response changePassword(@NotNull(message = "{field.required}") PasswordChange body) {
        users.changePassword(
                caller.email().orElseThrow(() -> new NotFound("error.http.404")),
                body.current(),
                body.password());
        return Response.noContent().build();
    }

    public record PasswordChange(
            @Schema(required = true) String current, @Schema(required = true) String password) {}

    /** Makes one forum an organiser's only one, or ({@code {"forumId": null}}) leaves them none. */
    @Operation(
            summary = "Set an organiser's only forum",
            description = "forumId null leaves them none.")
    @PUT
    @Path("{id}/forum")
    @RolesAllowed(Role.ADMIN_GROUP)
    public UserView follow(
            @PathParam("id") String id, @NotNull(message = "{field.required}") ForumChoice body) {
        return UserView.of(
                users.follow(
                        Params.pathId(id), body.forumId() == null ? null : forum(body.forumId())));
    }

    public record ForumChoice(Long forumId) {}

    private Forum forum(long id) {
        return checks.reference(Forum.class, id, "forumId", "forum");
    }

    private Set<Forum> forums(List<Long> ids) {
        if (ids == null) {
            return null;
        }
        Set<Forum> forums = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            forums.add(checks.reference(Forum.class, ids.get(i), "forumIds[" + i + "]", "forum"));
        }
        return forums;
    }

    @Operation(summary = "Create a user", description = "An email already taken answers 409.")
    @Refuses(409)
    @APIResponseSchema(
            value = UserView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ADMIN_GROUP)
    public Response create(@NotNull(message = "{field.required}") UserInput body) {
        Volunteer volunteer =
                body.volunteerId() == null
                        ? null
                        : checks.reference(
                                Volunteer.class, body.volunteerId(), "volunteerId", "volunteer");
        Set<Forum> scope =
                new HashSet<>(Objects.requireNonNullElse(forums(body.forumIds()), Set.of()));
        if (body.forumId() != null) {
            scope.add(forum(body.forumId()));
        }
        User user =
                users.create(
                        new Users.NewUser(
                                body.email(),
                                body.name(),
                                body.password(),
                                body.role(),
                                body.language(),
                                volunteer,
                                scope,
                                body.governorate(),
                                body.forumId() != null ? "forumId" : "forumIds"));
        return Response.created(
                        UriBuilder.fromResource(UsersResource.class)
                                .path(String.valueOf(user.getId()))
                                .build())
                .entity(UserView.of(user))
                .build();
    }
}
