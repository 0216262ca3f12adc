package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
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

@Path("campaigns")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject Campaigns campaigns;
    @Inject Caller caller;

    @Operation(
            summary = "List campaigns",
            description = "The campaigns within the caller's scope, a page at a time.")
    @GET
    public Page<CampaignView> list(
            @QueryParam("topic") String topic,
            @QueryParam("forumId") String forumId,
            @QueryParam("status") String status,
            @QueryParam("governorate") String governorate,
            @BeanParam Paging paging) {
        return campaigns
                .list(
                        caller.scope(),
                        topic,
                        Params.id("forumId", forumId),
                        Params.enumeration("status", status, CampaignStatus.class),
                        governorate,
                        paging.first(),
                        paging.size())
                .map(CampaignView::of);
    }

    @Operation(summary = "Get a campaign")
    @GET
    @Path("{id}")
    public CampaignView get(@PathParam("id") String id) {
        return CampaignView.of(campaigns.get(caller.scope(), Params.pathId(id)));
    }

    @Operation(
            summary = "Create a campaign",
            description =
                    "Absent optional fields take their defaults: status draft, the server's time zone, the default reminder rules.")
    @APIResponseSchema(
            value = CampaignView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") CampaignInput body) {
        Campaign campaign = campaigns.create(caller.scope(), body.details());
        return Response.created(
                        UriBuilder.fromResource(CampaignsResource.class)
                                .path(String.valueOf(campaign.getId()))
                                .build())
                .entity(CampaignView.of(campaign))
                .build();
    }

    @Operation(
            summary = "Update a campaign",
            description =
                    "Absent optional fields stay as they were. Send the version last read: a change made by someone else since answers 409.")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public CampaignView update(
            @PathParam("id") String id, @NotNull(message = "{field.required}") CampaignInput body) {
        ForumScope scope = caller.scope();
        return CampaignView.of(
                campaigns.update(scope, Params.pathId(id), body.version(), body.details()));
    }
}
