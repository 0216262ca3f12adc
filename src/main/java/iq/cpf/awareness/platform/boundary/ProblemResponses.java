package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Gives every operation of {@code /openapi} the problem+json error responses it can answer, from
 * what its shape says, so that no resource repeats them: 400 where it reads a body or query
 * parameters, 401 and 429 where it needs a login, 403 where its role is narrower than every role or
 * it changes something (the cross-site check of {@code SameOriginFilter}), 404 where its path names
 * something, 409 for a {@code PUT} of a body with a {@code version} (a stale edit), 415 where it
 * reads a body. The responses themselves and the {@code Problem} schema are in {@code
 * META-INF/openapi.yaml}; a resource method that can answer more (a double booking, a 403 of its
 * own) says so with {@link Refuses}. An operation that needs no login is marked so explicitly.
 *
 * <p>The roles come from the resource method's {@code @RolesAllowed}, found through the operation
 * id that SmallRye writes as package, class and method ({@code
 * mp.openapi.extensions.smallrye.operationIdStrategy}); the id is then shortened to class and
 * method, and the roles are added to the description.
 */
public class ProblemResponses implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";

    /** The shared error responses of {@code META-INF/openapi.yaml}, by status. */
    static final Map<Integer, String> SHARED =
            Map.of(
                    400, "BadRequest",
                    401, "Unauthorized",
                    403, "Forbidden",
                    404, "NotFound",
                    409, "Conflict",
                    413, "PayloadTooLarge",
                    415, "UnsupportedMediaType",
                    429, "TooManyRequests");

    private static final Set<PathItem.HttpMethod> UNSAFE =
            EnumSet.of(
                    PathItem.HttpMethod.POST,
                    PathItem.HttpMethod.PUT,
                    PathItem.HttpMethod.PATCH,
                    PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = secured(openAPI.getSecurity());
        Map<String, Schema> schemas =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach(
                                                (method, operation) ->
                                                        describe(
                                                                path,
                                                                method,
                                                                operation,
                                                                securedByDefault,
                                                                schemas)));
    }

    private static void describe(
            String path,
            PathItem.HttpMethod method,
            Operation operation,
            boolean securedByDefault,
            Map<String, Schema> schemas) {
        Optional<Method> resourceMethod = resourceMethod(operation.getOperationId());
        Optional<Set<Role>> roles = resourceMethod.flatMap(ProblemResponses::roles);
        resourceMethod.ifPresent(
                m ->
                        operation.setOperationId(
                                m.getDeclaringClass().getSimpleName() + "_" + m.getName()));
        roles.ifPresent(allowed -> addRoles(operation, allowed));

        boolean secured =
                operation.getSecurity() == null
                        ? securedByDefault
                        : secured(operation.getSecurity());
        if (!secured) {
            // An empty list would not be written out, and the operation would seem to need the
            // document's login: one requirement without a scheme says that none is needed.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        boolean body = operation.getRequestBody() != null;
        boolean query =
                operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean narrowerRole =
                roles.map(allowed -> allowed.size() < Role.values().length).orElse(false);

        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (body || query) {
            add(responses, 400);
        }
        if (secured) {
            add(responses, 401);
            if (narrowerRole || UNSAFE.contains(method)) {
                add(responses, 403);
            }
            add(responses, 429);
        }
        if (path.contains("{")) {
            add(responses, 404);
        }
        if (method == PathItem.HttpMethod.PUT && versioned(operation, schemas)) {
            add(responses, 409);
        }
        if (body) {
            add(responses, 415);
        }
        resourceMethod
                .map(m -> m.getAnnotation(Refuses.class))
                .ifPresent(
                        refuses -> {
                            for (int status : refuses.value()) {
                                add(responses, status);
                            }
                        });
    }

    private static void add(APIResponses responses, int status) {
        String name = SHARED.get(status);
        if (name == null) {
            throw new IllegalArgumentException("No shared problem response for " + status);
        }
        if (!responses.hasAPIResponse(String.valueOf(status))) {
            responses.addAPIResponse(
                    String.valueOf(status), OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    /**
     * Whether the requirements ask for a login: an empty list, or a requirement without a scheme
     * among them, lets anyone call the operation.
     */
    private static boolean secured(List<SecurityRequirement> requirements) {
        return requirements != null
                && !requirements.isEmpty()
                && requirements.stream()
                        .allMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    /**
     * Whether the body names the {@code version} it was read at: such a {@code PUT} answers 409
     * when someone changed the resource since.
     */
    private static boolean versioned(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(type -> type.getSchema())
                .filter(schema -> schema != null && schema.getRef() != null)
                .map(schema -> schemas.get(schema.getRef().replace("#/components/schemas/", "")))
                .anyMatch(
                        schema ->
                                schema != null
                                        && schema.getProperties() != null
                                        && schema.getProperties().containsKey("version"));
    }

    private static void addRoles(Operation operation, Set<Role> allowed) {
        if (allowed.size() == Role.values().length) {
            return;
        }
        String names =
                allowed.stream()
                        .map(role -> role.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
        String said = operation.getDescription();
        operation.setDescription(
                (said == null || said.isBlank() ? "" : said.strip() + "\n\n")
                        + "Roles: "
                        + names
                        + ".");
    }

    /**
     * The resource method of an operation id in SmallRye's {@code PACKAGE_CLASS_METHOD} form
     * ({@code iq.cpf.awareness.visit.boundary.VisitsResource_schedule}); empty for any other id.
     */
    static Optional<Method> resourceMethod(String operationId) {
        if (operationId == null || operationId.indexOf('_') < 0) {
            return Optional.empty();
        }
        int split = operationId.lastIndexOf('_');
        Class<?> type;
        try {
            type =
                    Class.forName(
                            operationId.substring(0, split),
                            false,
                            ProblemResponses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        String name = operationId.substring(split + 1);
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name))
                .filter(
                        m ->
                                Arrays.stream(m.getAnnotations())
                                        .anyMatch(
                                                a ->
                                                        a.annotationType()
                                                                .isAnnotationPresent(
                                                                        HttpMethod.class)))
                .findFirst();
    }

    /**
     * Who may call a resource method: the roles whose groups meet its {@code @RolesAllowed} (or its
     * class's); every role when neither restricts it.
     */
    static Optional<Set<Role>> roles(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(PermitAll.class)) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return Optional.of(EnumSet.allOf(Role.class));
        }
        Set<String> groups = Set.of(allowed.value());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.groups().stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        }
        return Optional.of(roles);
    }
}
