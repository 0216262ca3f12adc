package iq.cpf.awareness.platform.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every error the API answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** What to tell a person: each invalid field with why, or the detail when no field is to blame. */
    public List<String> lines() {
        if (violations == null || violations.isEmpty()) {
            return List.of(detail);
        }
        return violations.stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    /** One invalid field: its path in the request body or its parameter name, and why. */
    public record FieldViolation(String field, String message) {
    }
}
