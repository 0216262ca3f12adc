package iq.cpf.awareness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auto-planning (issue 17, part 4) on the server: a proposal is solved in the background with
 * Timefold, keeps the rules, names what it cannot place, sends nothing until it is committed, and a
 * commit is all or nothing against what changed since. Each test plans in a forum of its own, so no
 * other test's volunteers or visits are in its problem.
 */
class PlansIT extends ApplicationTest {

    private static final ZoneOffset BAGHDAD = ZoneOffset.ofHours(3);
    private static final Duration SOLVED_WITHIN = Duration.ofSeconds(90);

    private long forum;
    private long campaign;
    private LocalDate from;

    @BeforeEach
    void forumOfItsOwn() {
        forum = fixtures.forum();
        campaign = Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
        from = LocalDate.now(BAGHDAD).plusDays(10);
    }

    @Test
    void aProposalIsSolvedSendsNothingAndIsCommittedWithItsInvitations() {
        List<String> contacts = new ArrayList<>();
        List<Long> schools = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ObjectNode body = fixtures.schoolBody().put("forumId", forum);
            schools.add(Fixtures.created(admin.post("/api/schools", body)));
            contacts.add(body.get("contacts").get(0).get("email").asText());
        }
        ObjectNode sorani = Api.object().put("teachingLanguage", "ckb");
        assertEquals(
                200, admin.put("/api/schools/" + schools.get(0) + "/calendar", sorani).status());
        long kurdish = volunteer("ckb");
        for (int i = 0; i < 3; i++) {
            volunteer("ar");
        }

        Api.Reply asked = propose(Api.object(), schools);
        assertEquals(202, asked.status(), asked::toString);
        assertTrue(asked.location().endsWith("/api/plans/" + asked.json().get("id").asLong()));
        JsonNode plan = solved(asked.json().get("id").asLong());
        assertEquals("solved", plan.get("status").asText(), plan::toString);
        assertTrue(plan.get("score").asText().startsWith("0hard/0medium"), plan::toString);
        assertEquals(3, plan.get("visits").size(), plan::toString);
        assertEquals(0, plan.get("unplaced").size(), plan::toString);
        for (JsonNode visit : plan.get("visits")) {
            assertEquals(2, visit.get("volunteerIds").size(), "a team of two");
            if (visit.get("schoolId").asLong() == schools.get(0)) {
                assertTrue(
                        ids(visit.get("volunteerIds")).contains(kurdish),
                        "the Sorani-medium school has the Sorani speaker: " + visit);
            }
        }
        assertEquals(0, visitsOfCampaign(), "a proposal schedules nothing");
        assertEquals(0, outboxFor(contacts.get(1)), "and sends nothing");

        Api.Reply committed = admin.post("/api/plans/" + plan.get("id").asLong() + "/commit", null);
        assertEquals(200, committed.status(), committed::toString);
        assertEquals(3, committed.json().get("visitIds").size());
        assertEquals(3, visitsOfCampaign());
        assertTrue(outboxFor(contacts.get(1)) > 0, "the invitations are queued");
        JsonNode after = admin.get("/api/plans/" + plan.get("id").asLong()).json();
        assertEquals("committed", after.get("status").asText());
        assertTrue(after.get("visits").get(0).get("visitId").isNumber(), after::toString);
        assertEquals(
                409,
                admin.post("/api/plans/" + plan.get("id").asLong() + "/commit", null).status(),
                "a proposal is committed once");
    }

    @Test
    void aProposalStaleAgainstAVisitScheduledMeanwhileIsRefusedAndNothingIsScheduled() {
        List<Long> schools = twoSchoolsAndTwoVolunteers();
        JsonNode plan = solved(propose(Api.object(), schools).json().get("id").asLong());
        assertEquals(2, plan.get("visits").size(), plan::toString);
        JsonNode first = plan.get("visits").get(0);
        long elsewhere =
                Fixtures.created(
                        admin.post("/api/schools", fixtures.schoolBody().put("forumId", forum)));
        ObjectNode meanwhile =
                fixtures.visitBody(
                        campaign,
                        elsewhere,
                        OffsetDateTime.parse(first.get("start").asText())
                                .withOffsetSameInstant(BAGHDAD),
                        60,
                        first.get("volunteerIds").get(0).asLong());
        assertEquals(201, admin.post("/api/visits", meanwhile).status());

        Api.Reply refused = admin.post("/api/plans/" + plan.get("id").asLong() + "/commit", null);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(
                refused.json().get("detail").asText().contains(first.get("schoolName").asText()),
                "the refusal names the visit that no longer fits: " + refused);
        assertEquals(1, visitsOfCampaign(), "only the visit scheduled by hand");
        assertEquals(
                "solved",
                admin.get("/api/plans/" + plan.get("id").asLong()).json().get("status").asText());
    }

    @Test
    void aSchoolItCannotPlaceIsListedWithTheReasonInTheCallersLanguage() {
        String governorate = Api.unique("Halabja");
        ObjectNode calendar = Api.object();
        calendar.putArray("periods")
                .add(
                        Api.object()
                                .put("kind", "holiday")
                                .put("name", "Spring holiday")
                                .put("from", from.minusDays(1).toString())
                                .put("to", from.plusDays(10).toString()));
        assertEquals(200, admin.put("/api/calendars/" + governorate, calendar).status());
        long closed =
                Fixtures.created(
                        admin.post(
                                "/api/schools",
                                fixtures.schoolBody()
                                        .put("forumId", forum)
                                        .put("governorate", governorate)));
        long open =
                Fixtures.created(
                        admin.post("/api/schools", fixtures.schoolBody().put("forumId", forum)));
        volunteer("ar");
        volunteer("ar");
        long id = propose(Api.object(), List.of(closed, open)).json().get("id").asLong();
        solved(id);
        JsonNode plan = admin.with("Accept-Language", "ar").get("/api/plans/" + id).json();
        assertEquals(1, plan.get("visits").size(), plan::toString);
        JsonNode unplaced = plan.get("unplaced").get(0);
        assertEquals(closed, unplaced.get("schoolId").asLong());
        assertEquals("plan.noSchoolDay", unplaced.get("reason").asText());
        assertTrue(unplaced.get("message").asText().contains("لا يوم دراسي"), unplaced::toString);
    }

    @Test
    void aProposalCanBeStoppedEarlyAndBadRequestsWriteNothing() {
        long school =
                Fixtures.created(
                        admin.post("/api/schools", fixtures.schoolBody().put("forumId", forum)));
        volunteer("ar");
        volunteer("ar");
        long id =
                propose(Api.object().put("secondsLimit", 240), List.of(school))
                        .json()
                        .get("id")
                        .asLong();
        assertEquals(200, admin.post("/api/plans/" + id + "/stop", null).status());
        JsonNode plan =
                await("the proposal stopped well before its four minutes")
                        .atMost(Duration.ofSeconds(40))
                        .pollInterval(Duration.ofMillis(500))
                        .until(
                                () -> admin.get("/api/plans/" + id).json(),
                                p -> !"solving".equals(p.get("status").asText()));
        assertEquals("solved", plan.get("status").asText(), plan::toString);

        ObjectNode bad =
                Api.object()
                        .put("from", LocalDate.now(BAGHDAD).minusDays(1).toString())
                        .put("to", LocalDate.now(BAGHDAD).minusDays(3).toString())
                        .put("visitsPerSchool", 9);
        bad.putArray("schoolIds").add(school).add(987_654_321L);
        Api.Reply refused = admin.post("/api/campaigns/" + campaign + "/plans", bad);
        assertEquals(400, refused.status(), refused::toString);
        var violations = refused.violations();
        assertTrue(
                violations
                        .keySet()
                        .containsAll(List.of("from", "to", "visitsPerSchool", "schoolIds[1]")),
                violations::toString);
    }

    /**
     * Part 5: the organiser moves a draft (it is then locked there), cannot move one onto another
     * draft of the same team, locks and unlocks, and solving again keeps the locked draft where it
     * was put.
     */
    @Test
    void aMovedDraftIsLockedThereRefusedOnAClashAndKeptWhenSolvedAgain() {
        List<Long> schools = twoSchoolsAndTwoVolunteers();
        long id = propose(Api.object(), schools).json().get("id").asLong();
        JsonNode plan = solved(id);
        assertEquals(2, plan.get("visits").size(), plan::toString);
        JsonNode first = plan.get("visits").get(0);
        int index = first.get("index").asInt();
        OffsetDateTime was =
                OffsetDateTime.parse(first.get("start").asText()).withOffsetSameInstant(BAGHDAD);
        LocalDate day = from.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.FRIDAY
                || day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.equals(was.toLocalDate())) {
            day = day.plusDays(1);
        }
        OffsetDateTime to = day.atTime(11, 0).atOffset(BAGHDAD);

        Api.Reply moved =
                admin.put(
                        "/api/plans/" + id + "/visits/" + index,
                        Api.object().put("start", to.toString()));
        assertEquals(200, moved.status(), moved::toString);
        JsonNode placed = placed(moved.json(), index);
        assertEquals(
                to.toInstant(), OffsetDateTime.parse(placed.get("start").asText()).toInstant());
        assertTrue(placed.get("locked").asBoolean(), "a moved draft is locked there");

        int other = plan.get("visits").get(1).get("index").asInt();
        Api.Reply clash =
                admin.put(
                        "/api/plans/" + id + "/visits/" + other,
                        Api.object().put("start", to.toString()));
        assertEquals(409, clash.status(), "the same team at the same time: " + clash);
        assertTrue(
                clash.json().get("detail").asText().contains(first.get("schoolName").asText()),
                clash::toString);
        Api.Reply past =
                admin.put(
                        "/api/plans/" + id + "/visits/" + other,
                        Api.object().put("start", OffsetDateTime.now().minusDays(1).toString()));
        assertEquals(400, past.status(), past::toString);
        assertEquals(404, admin.put("/api/plans/" + id + "/visits/99", Api.object()).status());

        Api.Reply unlocked =
                admin.put(
                        "/api/plans/" + id + "/visits/" + index, Api.object().put("locked", false));
        assertEquals(false, placed(unlocked.json(), index).get("locked").asBoolean());
        admin.put("/api/plans/" + id + "/visits/" + index, Api.object().put("locked", true));

        Api.Reply again = admin.post("/api/plans/" + id + "/solve", null);
        assertEquals(202, again.status(), again::toString);
        assertEquals("solving", again.json().get("status").asText());
        JsonNode resolved = solved(id);
        assertEquals("solved", resolved.get("status").asText(), resolved::toString);
        JsonNode kept = placed(resolved, index);
        assertEquals(to.toInstant(), OffsetDateTime.parse(kept.get("start").asText()).toInstant());
        assertTrue(kept.get("locked").asBoolean(), kept::toString);
        assertEquals(2, resolved.get("visits").size(), "the other is placed around it");
    }

    /** Two schools of the forum and two volunteers, one team, who can go to either. */
    private List<Long> twoSchoolsAndTwoVolunteers() {
        List<Long> schools = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            schools.add(
                    Fixtures.created(
                            admin.post(
                                    "/api/schools", fixtures.schoolBody().put("forumId", forum))));
        }
        volunteer("ar");
        volunteer("ar");
        return schools;
    }

    private static JsonNode placed(JsonNode plan, int index) {
        for (JsonNode visit : plan.get("visits")) {
            if (visit.get("index").asInt() == index) {
                return visit;
            }
        }
        throw new AssertionError("no placed visit " + index + " in " + plan);
    }

    private Api.Reply propose(ObjectNode body, List<Long> schools) {
        body.put("from", from.toString()).put("to", from.plusDays(6).toString());
        if (!body.has("secondsLimit")) {
            body.put("secondsLimit", 3);
        }
        var ids = body.putArray("schoolIds");
        schools.forEach(ids::add);
        return admin.post("/api/campaigns/" + campaign + "/plans", body);
    }

    private JsonNode solved(long id) {
        return await("proposal " + id + " solved")
                .atMost(SOLVED_WITHIN)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> admin.get("/api/plans/" + id).json(),
                        p -> !"solving".equals(p.get("status").asText()));
    }

    private long volunteer(String language) {
        ObjectNode body = fixtures.volunteerBody().put("forumId", forum).put("language", language);
        return Fixtures.created(admin.post("/api/volunteers", body));
    }

    private int visitsOfCampaign() {
        return admin.get("/api/visits?campaignId=" + campaign).json().get("total").asInt();
    }

    private int outboxFor(String recipient) {
        return admin.get("/api/outbox?recipient=" + recipient).json().get("total").asInt();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asLong()));
        return ids;
    }
}
