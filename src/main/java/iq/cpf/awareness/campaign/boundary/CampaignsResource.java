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

@Path("campaigns")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject Campaigns campaigns;
    @Inject Caller caller;

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

    @GET
    @Path("{id}")
    public CampaignView get(@PathParam("id") String id) {
        return CampaignView.of(campaigns.get(caller.scope(), Params.pathId(id)));
    }

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
