package iq.cpf.awareness.security.boundary;

import iq.cpf.awareness.security.control.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/password-reset {"email"}} emails a reset link (always 202, whether the address
 * is known or not); {@code POST /api/password-reset/confirm {"token", "password"}} sets the new
 * password. Both need no login; the token travels in the body, never in a URL that a log could
 * keep.
 */
@Path("password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject PasswordResets resets;

    public record ResetRequest(String email) {}

    public record NewPassword(String token, String password) {}

    @POST
    public Response request(@NotNull(message = "{field.required}") ResetRequest body) {
        if (body.email() != null && !body.email().isBlank()) {
            resets.request(body.email());
        }
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    public Response confirm(@NotNull(message = "{field.required}") NewPassword body) {
        resets.reset(body.token(), body.password());
        return Response.noContent().build();
    }
}
