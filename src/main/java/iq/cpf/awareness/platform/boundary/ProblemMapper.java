package iq.cpf.awareness.platform.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Refused;
import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.platform.boundary.Problem.FieldViolation;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns every error into {@code application/problem+json}. Exceptions arrive wrapped in
 * transaction, persistence or provider exceptions, so the cause chain is searched for the one that
 * says what happened. Texts come from the {@code i18n.messages} bundle in the language the client
 * accepts. A refusal (4xx) is logged as one line at INFO, an unexpected error (500) at ERROR with
 * its stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;
    @Context Request request;

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = describe(exception, locale());
        Problem.logRefusal(problem.status(), method(), problem.instance());
        WebApplicationException web = find(exception, WebApplicationException.class);
        Response.ResponseBuilder builder =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (web instanceof NotAuthorizedException || problem.status() == 401) {
            builder.header(
                    HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"awareness\", charset=\"UTF-8\"");
        }
        if (web instanceof NotAllowedException
                && web.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", web.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    /**
     * The problem an exception amounts to, in {@code locale}: what the API answers, and what the
     * web UI shows next to the fields of its forms, so both say the same about the same mistake.
     */
    public Problem describe(Throwable exception, Locale locale) {
        Problem problem;
        WebApplicationException web = find(exception, WebApplicationException.class);
        ConstraintViolationException cve = find(exception, ConstraintViolationException.class);
        InvalidInput invalid = find(exception, InvalidInput.class);
        JsonProcessingException json = find(exception, JsonProcessingException.class);
        NotFound notFound = find(exception, NotFound.class);
        Conflict conflict = find(exception, Conflict.class);
        Refused refused = find(exception, Refused.class);
        RulesBroken broken = find(exception, RulesBroken.class);
        if (cve != null) {
            problem = invalid(locale, violations(cve.getConstraintViolations(), locale));
        } else if (invalid != null) {
            List<FieldViolation> all =
                    new ArrayList<>(
                            invalid.violations().stream()
                                    .map(
                                            v ->
                                                    new FieldViolation(
                                                            v.field(),
                                                            Messages.get(
                                                                    locale,
                                                                    v.messageKey(),
                                                                    v.args())))
                                    .toList());
            all.addAll(violations(invalid.constraintViolations(), locale));
            invalid.located()
                    .forEach(
                            l ->
                                    all.add(
                                            new FieldViolation(
                                                    l.place()
                                                            + field(
                                                                    l.violation()
                                                                            .getPropertyPath()),
                                                    localised(l.violation(), locale))));
            all.sort(
                    Comparator.comparing(FieldViolation::field)
                            .thenComparing(FieldViolation::message));
            problem = invalid(locale, all);
        } else if (json != null) {
            problem = unreadable(locale, json);
        } else if (notFound != null) {
            problem =
                    problem(
                            locale,
                            404,
                            Messages.get(locale, notFound.messageKey(), notFound.args()),
                            null);
        } else if (broken != null) {
            problem =
                    new Problem(
                            "about:blank",
                            Problem.title(locale, 409),
                            409,
                            broken.rules().stream()
                                    .map(r -> Messages.get(locale, r.name(), r.args()))
                                    .collect(Collectors.joining(" ")),
                            path(),
                            null,
                            broken.rules().stream().map(RulesBroken.Rule::name).toList());
        } else if (conflict != null) {
            problem =
                    problem(
                            locale,
                            409,
                            Messages.get(locale, conflict.messageKey(), conflict.args()),
                            null);
        } else if (refused != null) {
            problem =
                    problem(
                            locale,
                            refused.status(),
                            Messages.get(locale, refused.messageKey(), refused.args()),
                            null);
        } else if (find(exception, OptimisticLockException.class) != null
                || named(exception, "org.hibernate.StaleStateException")) {
            problem = problem(locale, 409, Messages.get(locale, "error.staleEdit"), null);
        } else if (uniqueKeyViolated(exception)) {
            problem = problem(locale, 409, Messages.get(locale, "error.duplicate"), null);
        } else if (web != null && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            problem = problem(locale, status, Messages.get(locale, "error.http." + status), null);
        } else {
            LOG.error("Unexpected error answering " + path(), exception);
            problem = problem(locale, 500, Messages.get(locale, "error.internal"), null);
        }
        return problem;
    }

    private Problem invalid(Locale locale, List<FieldViolation> violations) {
        return problem(locale, 400, Messages.get(locale, "error.invalid.detail"), violations);
    }

    private Problem unreadable(Locale locale, JsonProcessingException json) {
        if (json instanceof UnrecognizedPropertyException unknown) {
            return invalid(
                    locale,
                    List.of(
                            new FieldViolation(
                                    field(unknown),
                                    Messages.get(locale, "error.json.unknownField"))));
        }
        if (json instanceof InvalidFormatException || json instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) json;
            String field = field(mapping);
            String message =
                    field.isEmpty()
                            ? Messages.get(locale, "error.json.wrongShape")
                            : Messages.get(locale, "error.json.wrongType", expected(mapping));
            return invalid(
                    locale, List.of(new FieldViolation(field.isEmpty() ? "body" : field, message)));
        }
        if (json instanceof JsonMappingException mapping && !field(mapping).isEmpty()) {
            Throwable cause = mapping.getCause() != null ? mapping.getCause() : mapping;
            String reason =
                    cause.getMessage() == null
                            ? ""
                            : cause.getMessage().lines().findFirst().orElse("");
            return invalid(
                    locale,
                    List.of(
                            new FieldViolation(
                                    field(mapping),
                                    Messages.get(locale, "error.json.wrongValue", reason))));
        }
        var location = json.getLocation();
        String where = location == null ? "" : location.getLineNr() + ":" + location.getColumnNr();
        return problem(locale, 400, Messages.get(locale, "error.json.malformed", where), null);
    }

    private static String expected(JsonMappingException mapping) {
        Class<?> type =
                mapping instanceof MismatchedInputException mismatch
                        ? mismatch.getTargetType()
                        : null;
        if (type == null) {
            return "?";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type == String.class || type.isEnum() || type.getName().startsWith("java.time")) {
            return "string";
        }
        return "object";
    }

    private static String field(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Interpolated again in the client's language: the validator that found them used the server's.
     */
    private static List<FieldViolation> violations(
            Set<? extends ConstraintViolation<?>> found, Locale locale) {
        List<FieldViolation> result = new ArrayList<>();
        for (ConstraintViolation<?> violation : found) {
            result.add(
                    new FieldViolation(
                            field(violation.getPropertyPath()), localised(violation, locale)));
        }
        result.sort(
                Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message));
        return result;
    }

    private static String localised(ConstraintViolation<?> violation, Locale locale) {
        if (violation.getConstraintDescriptor() == null) {
            return violation.getMessage();
        }
        try {
            return INTERPOLATOR.interpolate(
                    violation.getMessageTemplate(),
                    new MessageInterpolator.Context() {
                        @Override
                        public ConstraintDescriptor<?> getConstraintDescriptor() {
                            return violation.getConstraintDescriptor();
                        }

                        @Override
                        public Object getValidatedValue() {
                            return violation.getInvalidValue();
                        }

                        @Override
                        public <T> T unwrap(Class<T> type) {
                            throw new ValidationException("not supported");
                        }
                    },
                    locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    /**
     * A violation path without the method and parameter nodes: {@code create.arg0.name} becomes
     * {@code name}.
     */
    static String field(Path path) {
        List<String> parts = new ArrayList<>();
        String parameterName = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameterName == null ? "body" : parameterName;
        }
        return parts.stream().collect(Collectors.joining("."));
    }

    private Problem problem(
            Locale locale, int status, String detail, List<FieldViolation> violations) {
        return new Problem(
                "about:blank", Problem.title(locale, status), status, detail, path(), violations);
    }

    private String method() {
        try {
            return request == null ? null : request.getMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String path() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Locale locale() {
        try {
            return headers == null
                    ? Locale.ENGLISH
                    : Messages.supported(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    /** SQLState 23505: a unique key refused a row that another request wrote first. */
    private static boolean uniqueKeyViolated(Throwable exception) {
        SQLException sql = find(exception, SQLException.class);
        return sql != null && "23505".equals(sql.getSQLState());
    }

    /** By name, so that the mapper does not depend on Hibernate being visible to the deployment. */
    private static boolean named(Throwable exception, String className) {
        for (Throwable current = exception;
                current != null && current.getCause() != current;
                current = current.getCause()) {
            for (Class<?> type = current.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
