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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * {@code POST /api/password-reset {"email"}} emails a reset link (always 202, whether the address
 * is known or not); {@code POST /api/password-reset/confirm {"token", "password"}} sets the new
 * password. Both need no login; the token travels in the body, never in a URL that a log could
 * keep.
 */
@Path("password-reset")
@SecurityRequirements
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject PasswordResets resets;

    public record ResetRequest(String email) {}

    public record NewPassword(
            @Schema(required = true) String token, @Schema(required = true) String password) {}

    @Operation(
            summary = "Ask for a password reset link",
            description =
                    "Emails a single-use link valid for an hour; always 202, whether the address is known or not. Needs no login.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the link is emailed if the address belongs to a user")
    @POST
    public Response request(@NotNull(message = "{field.required}") ResetRequest body) {
        if (body.email() != null && !body.email().isBlank()) {
            resets.request(body.email());
        }
        return Response.accepted().build();
    }

    @Operation(
            summary = "Set a new password with a reset token",
            description = "The token from the emailed link travels in the body. Needs no login.")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("confirm")
    public Response confirm(@NotNull(message = "{field.required}") NewPassword body) {
        resets.reset(body.token(), body.password());
        return Response.noContent().build();
    }
}
