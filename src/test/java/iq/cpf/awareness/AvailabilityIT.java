package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volunteers' availability (issue 17, part 2): weekly windows, dates away and a most of visits a
 * week, kept by an organiser or the volunteer themself; scheduling outside them is refused with a
 * 409 naming the rule, unless an organiser says why.
 */
class AvailabilityIT extends ApplicationTest {

    private static final ZoneOffset BAGHDAD = ZoneOffset.ofHours(3);

    private long campaign;
    private long school;
    private Fixtures.Login volunteer;
    private LocalDate sunday;

    @BeforeEach
    void scene() {
        campaign = fixtures.campaign();
        school = fixtures.school();
        volunteer = fixtures.volunteerLogin("en");
        sunday = LocalDate.now(BAGHDAD).plusDays(8);
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
    }

    @Test
    void theVolunteerKeepsTheirOwnAndAVisitOutsideTheirHoursIsRefused() {
        Api asVolunteer = api.as(volunteer.email(), Fixtures.VOLUNTEER_PASSWORD);
        ObjectNode availability =
                Api.object()
                        .put("gender", "female")
                        .put("homeDistrict", "Khanaqin")
                        .put("maxVisitsPerWeek", 5);
        availability
                .putArray("windows")
                .add(window("sunday", "08:00", "12:00"))
                .add(window("monday", "08:00", "12:00"));
        availability
                .putArray("away")
                .add(
                        Api.object()
                                .put("from", sunday.plusDays(1).toString())
                                .put("to", sunday.plusDays(1).toString()));
        Api.Reply saved =
                asVolunteer.put(
                        "/api/volunteers/" + volunteer.volunteerId() + "/availability",
                        availability);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("female", saved.json().get("gender").asText());
        assertEquals("sunday", saved.json().get("windows").get(0).get("day").asText());

        assertEquals(List.of("volunteer.unavailable"), rules(schedule(at(sunday, 13), null)));
        assertEquals(List.of("volunteer.away"), rules(schedule(at(sunday.plusDays(1), 9), null)));
        long visit = Fixtures.created(schedule(at(sunday, 9), null));

        ObjectNode moved = body(at(sunday, 14), null);
        moved.put("version", admin.get("/api/visits/" + visit).json().get("version").asInt());
        assertEquals(
                List.of("volunteer.unavailable"), rules(admin.put("/api/visits/" + visit, moved)));
    }

    @Test
    void aFullWeekIsRefusedUntilAnOrganiserSaysWhyAndTheOverrideStandsForLaterEdits() {
        ObjectNode availability = Api.object().put("maxVisitsPerWeek", 1);
        assertEquals(
                200,
                admin.put(
                                "/api/volunteers/" + volunteer.volunteerId() + "/availability",
                                availability)
                        .status());
        Fixtures.created(schedule(at(sunday, 9), null));
        Api.Reply full = schedule(at(sunday.plusDays(2), 9), null);
        assertEquals(List.of("volunteer.weekFull"), rules(full));
        assertTrue(full.json().get("detail").asText().contains("1 visits"), full::toString);
        assertEquals(
                201,
                schedule(at(sunday.plusDays(7), 9), null).status(),
                "the next week is another week");

        String reason = "She asked to take the Eid assembly as well";
        long second = Fixtures.created(schedule(at(sunday.plusDays(2), 9), reason));
        JsonNode history = admin.get("/api/visits/" + second + "/history").json();
        assertEquals(
                "volunteer.weekFull: " + reason,
                history.get(history.size() - 1).get("reason").asText());

        ObjectNode edited = body(at(sunday.plusDays(2), 9), null).put("expectedStudents", 45);
        edited.put("version", admin.get("/api/visits/" + second).json().get("version").asInt());
        Api.Reply saved = admin.put("/api/visits/" + second, edited);
        assertEquals(
                200, saved.status(), "an edit that moves nothing needs no new reason: " + saved);
    }

    @Test
    void badAvailabilityIsRefusedFieldByFieldAndOnlyTheVolunteerOrAnOrganiserMayKeepIt() {
        ObjectNode bad = Api.object().put("maxVisitsPerWeek", 0);
        bad.putArray("windows")
                .add(window("funday", "08:00", "12:00"))
                .add(window("sunday", "12:00", "08:00"));
        Api.Reply refused =
                admin.put("/api/volunteers/" + volunteer.volunteerId() + "/availability", bad);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("windows[0].day"), refused::toString);

        bad.withArray("windows").remove(0);
        refused = admin.put("/api/volunteers/" + volunteer.volunteerId() + "/availability", bad);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("windows[0].inOrder"), refused::toString);
        assertTrue(refused.violations().containsKey("maxVisitsPerWeek"), refused::toString);

        Fixtures.Login other = fixtures.volunteerLogin("en");
        assertEquals(
                404,
                api.as(other.email(), Fixtures.VOLUNTEER_PASSWORD)
                        .put(
                                "/api/volunteers/" + volunteer.volunteerId() + "/availability",
                                Api.object())
                        .status(),
                "another volunteer cannot see or change it");
        assertTrue(
                admin.get("/api/volunteers/" + volunteer.volunteerId() + "/availability")
                        .json()
                        .get("windows")
                        .isEmpty(),
                "nothing written");
    }

    private Api.Reply schedule(OffsetDateTime start, String override) {
        return admin.post("/api/visits", body(start, override));
    }

    private ObjectNode body(OffsetDateTime start, String override) {
        ObjectNode body = fixtures.visitBody(campaign, school, start, 60, volunteer.volunteerId());
        if (override != null) {
            body.put("overrideReason", override);
        }
        return body;
    }

    private static ObjectNode window(String day, String start, String end) {
        return Api.object().put("day", day).put("start", start).put("end", end);
    }

    private static List<String> rules(Api.Reply reply) {
        assertEquals(409, reply.status(), reply::toString);
        List<String> rules = new ArrayList<>();
        reply.json().get("rules").forEach(r -> rules.add(r.asText()));
        return rules;
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(BAGHDAD);
    }
}
