package iq.cpf.awareness.support.clock;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Duration;

/**
 * Lets a test move the deployed application's clock: {@code POST /api/test-clock/move/PT2H} answers
 * the application's "now" after the move. Test deployments only.
 */
@Path("test-clock")
@jakarta.enterprise.context.RequestScoped
public class ClockResource {

    @jakarta.inject.Inject Clock clock;

    @POST
    @Path("move/{duration}")
    public String move(@PathParam("duration") String duration) {
        MovableClock.moveBy(Duration.parse(duration));
        return clock.instant().toString();
    }

    @POST
    @Path("reset")
    public String reset() {
        MovableClock.reset();
        return "reset";
    }
}
