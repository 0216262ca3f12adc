package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.platform.boundary.Problem;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /openapi} is one an integrator can build a client from: every
 * operation says what it does and the problem+json errors it can answer, and each input names the
 * fields it requires, the very ones the API refuses a body without.
 */
class OpenApiIT extends ApplicationTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(root().resolve("/openapi?format=JSON"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        document = Api.JSON.readTree(response.body());
        // A copy to read, next to the other files the tests leave in target/.
        Files.writeString(Path.of("target/openapi.json"), response.body());
    }

    @Test
    void everyOperationHasASummaryAndItsProblemResponses() {
        List<String> wrong = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                    methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                if (operation.path("summary").asText().isBlank()) {
                    wrong.add(name + ": no summary");
                }
                if (!operationIds.add(operation.path("operationId").asText())) {
                    wrong.add(name + ": no operationId, or one that another operation has");
                }
                Set<String> problems = problemStatuses(operation.get("responses"));
                if (problems.stream().noneMatch(status -> status.startsWith("4"))) {
                    wrong.add(name + ": no 4xx problem+json response");
                }
                boolean open = path.getKey().startsWith("/api/password-reset");
                if (!open && !problems.contains("401")) {
                    wrong.add(name + ": needs a login but lists no 401");
                }
                if (open && problems.contains("401")) {
                    wrong.add(name + ": needs no login but lists a 401");
                }
                if (path.getKey().contains("{") && !problems.contains("404")) {
                    wrong.add(name + ": names something but lists no 404");
                }
                if (operation.has("requestBody") && !problems.contains("400")) {
                    wrong.add(name + ": reads a body but lists no 400");
                }
            }
        }
        assertTrue(operations > 60, "the API's operations are all there: " + operations);
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void rolesNarrowerThanEveryoneAreSaidAndAnswer403() {
        JsonNode audit = document.at("/paths/~1api~1audit/get");
        assertTrue(audit.path("description").asText().contains("Roles: admin."), audit::toString);
        assertTrue(problemStatuses(audit.get("responses")).contains("403"), audit::toString);
        JsonNode me = document.at("/paths/~1api~1me/get");
        assertTrue(!problemStatuses(me.get("responses")).contains("403"), me::toString);
        JsonNode signUp = document.at("/paths/~1api~1visits~1{id}~1sign-up/post");
        assertTrue(
                signUp.path("description").asText().contains("Roles: volunteer."),
                signUp::toString);
    }

    @Test
    void theProblemSchemaIsTheProblemDocumentTheApiAnswers() {
        JsonNode schema = document.at("/components/schemas/Problem");
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = new TreeSet<>();
        Arrays.stream(Problem.class.getRecordComponents())
                .map(RecordComponent::getName)
                .forEach(components::add);
        assertEquals(components, properties);

        JsonNode refused = api.get("/api/visits").json();
        refused.fieldNames()
                .forEachRemaining(
                        field ->
                                assertTrue(
                                        properties.contains(field),
                                        "the schema has the answer's " + field));
    }

    /** The visit input lists what scheduling a visit requires. */
    @Test
    void theVisitInputListsItsRequiredFields() {
        assertEquals(
                Set.of("campaignId", "schoolId", "start", "durationMinutes", "volunteerIds"),
                required("VisitInput"));
    }

    /**
     * Required only sometimes, so not listed as required (docs/api.md says so): a school's or a
     * volunteer's forum only of a caller with several forums (the administrator here), a training's
     * governorate and district only when its forum, which gives them, is missing.
     */
    private static final Map<String, Set<String>> SOMETIMES_REQUIRED =
            Map.of(
                    "SchoolInput", Set.of("forumId"),
                    "VolunteerInput", Set.of("forumId"),
                    "TrainingInput", Set.of("governorate", "district"));

    /**
     * Every field of an input that an empty body is refused for is listed as required. (Some inputs
     * are checked in stages, so an empty body need not name every required field: the next test
     * leaves each one out of a valid body.)
     */
    @Test
    void whatAnEmptyBodyIsRefusedForIsListedAsRequired() {
        Map<String, String> creations =
                Map.of(
                        "/api/visits", "VisitInput",
                        "/api/campaigns", "CampaignInput",
                        "/api/topics", "TopicInput",
                        "/api/forums", "ForumInput",
                        "/api/schools", "SchoolInput",
                        "/api/volunteers", "VolunteerInput",
                        "/api/trainings", "TrainingInput",
                        "/api/materials", "MaterialInput",
                        "/api/users", "UserInput");
        List<String> wrong = new ArrayList<>();
        creations.forEach(
                (path, schema) -> {
                    Api.Reply refused = admin.post(path, Api.object());
                    assertEquals(400, refused.status(), refused::toString);
                    Set<String> missing = new TreeSet<>(refused.violations().keySet());
                    missing.retainAll(properties(schema));
                    missing.removeAll(SOMETIMES_REQUIRED.getOrDefault(schema, Set.of()));
                    if (!required(schema).containsAll(missing)) {
                        wrong.add(
                                path
                                        + ": refused without "
                                        + missing
                                        + ", but "
                                        + schema
                                        + " requires only "
                                        + required(schema));
                    }
                });
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    /** Each field listed as required, left out of an otherwise valid body, is refused by name. */
    @Test
    void eachRequiredFieldLeftOutOfAValidBodyIsRefused() {
        long campaign = fixtures.campaign();
        long school = fixtures.school();
        long volunteer = fixtures.volunteer();
        Map<String, Map.Entry<String, ObjectNode>> valid =
                Map.of(
                        "VisitInput",
                        Map.entry(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign, school, Fixtures.future(40, 9), 90, volunteer)),
                        "CampaignInput",
                        Map.entry("/api/campaigns", fixtures.campaignBody(fixtures.home())),
                        "SchoolInput",
                        Map.entry("/api/schools", fixtures.schoolBody()),
                        "VolunteerInput",
                        Map.entry("/api/volunteers", fixtures.volunteerBody()),
                        "ForumInput",
                        Map.entry(
                                "/api/forums",
                                Api.object()
                                        .put("name", Api.unique("Forum"))
                                        .put("governorate", "Diyala")
                                        .put("district", "Khanaqin")),
                        "UserInput",
                        Map.entry(
                                "/api/users",
                                Api.object()
                                        .put("email", Api.unique("user") + "@cpf.example")
                                        .put("name", "Organiser")
                                        .put("password", Fixtures.ORGANISER_PASSWORD)
                                        .put("role", "organiser")));
        List<String> wrong = new ArrayList<>();
        valid.forEach(
                (schema, creation) -> {
                    assertTrue(!required(schema).isEmpty(), schema + " requires something");
                    for (String field : required(schema)) {
                        ObjectNode body = creation.getValue().deepCopy();
                        body.remove(field);
                        Api.Reply refused = admin.post(creation.getKey(), body);
                        if (refused.status() != 400 || !refused.violations().containsKey(field)) {
                            wrong.add(schema + " without " + field + ": " + refused);
                        }
                    }
                });
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    private Set<String> properties(String schema) {
        Set<String> properties = new TreeSet<>();
        document.at("/components/schemas/" + schema + "/properties")
                .fieldNames()
                .forEachRemaining(properties::add);
        return properties;
    }

    private Set<String> required(String schema) {
        Set<String> required = new TreeSet<>();
        document.at("/components/schemas/" + schema + "/required")
                .forEach(name -> required.add(name.asText()));
        return required;
    }

    /** The statuses of an operation's responses that are problem documents, references resolved. */
    private Set<String> problemStatuses(JsonNode responses) {
        Set<String> statuses = new TreeSet<>();
        if (responses == null) {
            return statuses;
        }
        responses
                .fields()
                .forEachRemaining(
                        response -> {
                            JsonNode answer = response.getValue();
                            if (answer.has("$ref")) {
                                answer = document.at(answer.get("$ref").asText().substring(1));
                            }
                            String schema =
                                    answer.at("/content/application~1problem+json/schema/$ref")
                                            .asText();
                            if (PROBLEM.equals(schema)) {
                                statuses.add(response.getKey());
                            }
                        });
        return statuses;
    }
}
