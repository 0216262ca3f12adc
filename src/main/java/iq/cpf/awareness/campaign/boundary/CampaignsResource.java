package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.control.Refusals;
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
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

@Path("campaigns")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject Campaigns campaigns;
    @Inject Settings settings;
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
        ForumScope scope = caller.scope();
        Campaign campaign =
                campaigns.create(
                        (c, refusals) -> {
                            fill(c, body, refusals, scope);
                            c.setStatus(
                                    Objects.requireNonNullElse(
                                            body.status(), CampaignStatus.DRAFT));
                            c.setTimeZone(
                                    refusals.check(
                                            () ->
                                                    zone(
                                                            body.timeZone(),
                                                            settings.timeZone().getId())));
                            c.setReminders(
                                    body.reminders() == null
                                            ? ReminderRule.DEFAULTS
                                            : reminders(body));
                            c.setOpenSignUp(Boolean.TRUE.equals(body.openSignUp()));
                        });
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
                campaigns.update(
                        scope,
                        Params.pathId(id),
                        body.version(),
                        (c, refusals) -> {
                            fill(c, body, refusals, scope);
                            if (body.status() != null) {
                                c.setStatus(body.status());
                            }
                            if (body.timeZone() != null) {
                                String zone =
                                        refusals.check(
                                                () -> zone(body.timeZone(), c.getTimeZone()));
                                c.setTimeZone(zone == null ? c.getTimeZone() : zone);
                            }
                            if (body.reminders() != null) {
                                c.setReminders(reminders(body));
                            }
                            if (body.openSignUp() != null) {
                                c.setOpenSignUp(body.openSignUp());
                            }
                        }));
    }

    /**
     * {@code scope} is read before anything is refused: a refusal marks the transaction for
     * rollback.
     */
    private void fill(Campaign c, CampaignInput body, Refusals refusals, ForumScope scope) {
        c.setTopic(refusals.check(() -> campaigns.topic(body.topic())));
        c.setForum(refusals.check(() -> campaigns.forum(scope, body.forumId())));
        c.setName(body.name());
        c.setDescription(body.description());
        c.setGovernorate(body.governorate());
        c.setDistricts(body.districts() == null ? List.of() : body.districts());
        c.setStartDate(body.startDate());
        c.setEndDate(body.endDate());
        c.setTargetSchools(body.targetSchools());
        c.setTargetStudents(body.targetStudents());
    }

    private static List<ReminderRule> reminders(CampaignInput body) {
        return body.reminders().stream()
                .map(
                        r ->
                                r == null
                                        ? new ReminderRule(null, null)
                                        : new ReminderRule(r.audience(), r.before()))
                .toList();
    }

    private static String zone(String requested, String fallback) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(requested.trim()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "field.timeZone");
        }
    }
}
