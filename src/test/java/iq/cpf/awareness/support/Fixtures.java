package iq.cpf.awareness.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Test data made through the API, as an organiser would make it; every name is unique per call. */
public final class Fixtures {

    public static final String ORGANISER_PASSWORD = "organiser-secret-1";
    public static final String VOLUNTEER_PASSWORD = "volunteer-secret-1";

    private final Api admin;
    private Long home;

    public Fixtures(Api api) {
        this.admin = api.asAdmin();
    }

    /**
     * The forum of this set of fixtures: its campaigns, schools, volunteers and organisers belong
     * to it, so that an organiser made here sees what is made here, as in one forum's daily work.
     */
    public long home() {
        if (home == null) {
            home = forum();
        }
        return home;
    }

    public Api admin() {
        return admin;
    }

    public long forum() {
        ObjectNode forum =
                Api.object()
                        .put("name", Api.unique("Khanaqin CPF"))
                        .put("governorate", "Diyala")
                        .put("district", "Khanaqin");
        return created(admin.post("/api/forums", forum));
    }

    public ObjectNode campaignBody(long forumId) {
        ObjectNode campaign =
                Api.object()
                        .put("name", Api.unique("Drug-free schools"))
                        .put("topic", "drugs")
                        .put("forumId", forumId)
                        .put("governorate", "Diyala")
                        .put("startDate", LocalDate.now().toString())
                        .put("endDate", LocalDate.now().plusMonths(3).toString())
                        .put("status", "active");
        campaign.putArray("districts").add("Khanaqin").add("Jalawla");
        return campaign;
    }

    public long campaign() {
        return created(admin.post("/api/campaigns", campaignBody(home())));
    }

    public ObjectNode schoolBody() {
        ObjectNode school =
                Api.object()
                        .put("forumId", home())
                        .put("name", "إعدادية " + Api.unique("خانقين"))
                        .put("nameLatin", Api.unique("Khanaqin Prep"))
                        .put("governorate", "Diyala")
                        .put("district", "Khanaqin")
                        .put("level", "secondary")
                        .put("type", "boys")
                        .put("students", 400);
        school.putArray("contacts")
                .addObject()
                .put("name", "Karwan Aziz")
                .put("email", Api.unique("head") + "@school.example")
                .put("language", "ckb");
        return school;
    }

    public long school() {
        return created(admin.post("/api/schools", schoolBody()));
    }

    public ObjectNode volunteerBody() {
        return Api.object()
                .put("forumId", home())
                .put("name", Api.unique("Volunteer"))
                .put("email", Api.unique("volunteer") + "@cpf.example")
                .put("language", "ar")
                .put("vettedUntil", LocalDate.now().plusYears(1).toString());
    }

    public long volunteer() {
        return created(admin.post("/api/volunteers", volunteerBody()));
    }

    /** A volunteer who can log in; returns the API as them. */
    public Login volunteerLogin() {
        return volunteerLogin("ar");
    }

    /** A volunteer with a login whose pages are in {@code language}. */
    public Login volunteerLogin(String language) {
        ObjectNode body = volunteerBody();
        long id = created(admin.post("/api/volunteers", body));
        String email = body.get("email").asText();
        ObjectNode user =
                Api.object()
                        .put("email", email)
                        .put("name", body.get("name").asText())
                        .put("password", VOLUNTEER_PASSWORD)
                        .put("role", "volunteer")
                        .put("volunteerId", id)
                        .put("language", language);
        created(admin.post("/api/users", user));
        return new Login(id, email);
    }

    public String organiser() {
        return organiser("ar");
    }

    /** An organiser of this fixtures' forum whose pages are in {@code language}. */
    public String organiser(String language) {
        return organiser(language, home());
    }

    /**
     * An organiser whose pages are in {@code language}, of {@code forum} (none when it is null).
     */
    public String organiser(String language, Long forum) {
        String email = Api.unique("organiser") + "@cpf.example";
        ObjectNode body =
                Api.object()
                        .put("email", email)
                        .put("name", "Organiser")
                        .put("password", ORGANISER_PASSWORD)
                        .put("role", "organiser")
                        .put("language", language);
        if (forum != null) {
            body.put("forumId", forum);
        }
        created(admin.post("/api/users", body));
        return email;
    }

    /**
     * A time in the coming weeks, at a whole minute, far enough apart per call that visits never
     * clash by accident.
     */
    public static OffsetDateTime future(int daysAhead, int hour) {
        return OffsetDateTime.now(ZoneOffset.ofHours(3))
                .plusDays(daysAhead)
                .withHour(hour)
                .truncatedTo(ChronoUnit.HOURS);
    }

    public ObjectNode visitBody(
            long campaignId,
            long schoolId,
            OffsetDateTime start,
            int minutes,
            Long... volunteerIds) {
        ObjectNode visit =
                Api.object()
                        .put("campaignId", campaignId)
                        .put("schoolId", schoolId)
                        .put("start", start.toString())
                        .put("durationMinutes", minutes)
                        .put("expectedStudents", 60);
        var ids = visit.putArray("volunteerIds");
        List.of(volunteerIds).forEach(ids::add);
        return visit;
    }

    public static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), () -> "expected 201 Created: " + reply);
        return reply.id();
    }

    public static JsonNode createdJson(Api.Reply reply) {
        created(reply);
        return reply.json();
    }

    public record Login(long volunteerId, String email) {}
}
