package iq.cpf.awareness.platform.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unreadable JSON is the client's fault (400), described by {@link ProblemMapper}. */
@Provider
public class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;
    @Context Request request;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.headers = headers;
        mapper.uriInfo = uriInfo;
        mapper.request = request;
        return mapper.toResponse(exception);
    }
}
