package iq.cpf.awareness.support.failure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource that fails as a bug would, for the tests of what the server log says about a 500. */
@Path("test-failure")
@RequestScoped
public class FailingResource {

    @GET
    @Path("{marker}")
    public String fail(@PathParam("marker") String marker) {
        throw new IllegalStateException("a failure for the test " + marker);
    }
}
