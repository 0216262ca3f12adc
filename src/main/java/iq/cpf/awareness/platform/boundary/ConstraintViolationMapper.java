package iq.cpf.awareness.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * RESTEasy ships its own mapper for validation errors, and the most specific mapper wins; this one
 * takes them back to {@link ProblemMapper} so they come out as problem+json like every other error.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;
    @Context Request request;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.headers = headers;
        mapper.uriInfo = uriInfo;
        mapper.request = request;
        return mapper.toResponse(exception);
    }
}
