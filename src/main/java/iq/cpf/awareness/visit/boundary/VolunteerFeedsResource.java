package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.visit.control.Feeds;
import iq.cpf.awareness.volunteer.control.Volunteers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The private address of a volunteer's calendar feed of their visits, for them or an organiser of
 * their forum. It lives with the visits it lists, under the volunteer's path of the API.
 */
@Path("volunteers/{id}/feed")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerFeedsResource {

    @Inject Volunteers volunteers;
    @Inject Feeds feeds;
    @Inject Caller caller;

    @Operation(
            summary = "Get a volunteer's calendar feed address",
            description = "For the volunteer or an organiser of their forum.")
    @GET
    public Map<String, String> feed(@PathParam("id") String id) {
        return addresses(feeds.url(volunteers.visibleTo(caller, Params.pathId(id)).getId()));
    }

    /** A new address for the volunteer's calendar feed; the old one stops working at once. */
    @Operation(
            summary = "Renew a volunteer's calendar feed address",
            description = "The old address stops working at once.")
    @Refuses(415)
    @POST
    @Path("renew")
    @Consumes(MediaType.WILDCARD)
    public Map<String, String> renew(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Params.jsonOrNone(type);
        return addresses(feeds.renew(volunteers.visibleTo(caller, Params.pathId(id)).getId()));
    }

    /** The address ({@code url}) and the same as a calendar subscription ({@code webcal}). */
    private static Map<String, String> addresses(String url) {
        return Map.of("url", url, "webcal", Feeds.webcal(url));
    }
}
