package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.control.Topics;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Refuses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("topics")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TopicsResource {

    @Inject Topics topics;

    @Operation(summary = "List topics")
    @GET
    public Page<TopicView> list() {
        List<TopicView> all = topics.all().stream().map(TopicView::of).toList();
        return new Page<>(all, 0, all.size(), all.size());
    }

    @Operation(summary = "Get a topic", description = "By its slug, which is its id.")
    @GET
    @Path("{slug}")
    public TopicView get(@PathParam("slug") String slug) {
        return TopicView.of(topics.get(slug));
    }

    @Operation(summary = "Create a topic", description = "A slug already taken answers 409.")
    @Refuses(409)
    @APIResponseSchema(
            value = TopicView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") TopicInput body) {
        Topic topic =
                topics.create(new Topic(body.slug(), body.name(), body.nameAr(), body.nameCkb()));
        return Response.created(
                        UriBuilder.fromResource(TopicsResource.class).path(topic.getSlug()).build())
                .entity(TopicView.of(topic))
                .build();
    }

    @Operation(
            summary = "Rename a topic",
            description = "Its names in English, Arabic and Sorani; the slug cannot change.")
    @PUT
    @Path("{slug}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public TopicView update(
            @PathParam("slug") String slug,
            @NotNull(message = "{field.required}") TopicInput body) {
        return TopicView.of(topics.rename(slug, body.name(), body.nameAr(), body.nameCkb()));
    }

    @Operation(
            summary = "Set a topic's safeguarding rules",
            description =
                    "Administrators: sensitive (visits led by a volunteer vetted on the day), womanForGirls (a woman on every team to a girls' school), policeConsent (a police officer only where the school consented). Scheduling and auto-planning refuse a team that breaks them; no reason sets them aside.")
    @PUT
    @Path("{slug}/safeguarding")
    @RolesAllowed(Role.ADMIN_GROUP)
    public TopicView safeguard(
            @PathParam("slug") String slug,
            @NotNull(message = "{field.required}") TopicView.Safeguarding body) {
        return TopicView.of(
                topics.safeguard(
                        slug,
                        Boolean.TRUE.equals(body.sensitive()),
                        Boolean.TRUE.equals(body.womanForGirls()),
                        Boolean.TRUE.equals(body.policeConsent())));
    }
}
