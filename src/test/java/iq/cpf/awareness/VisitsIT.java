package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling rules of visits: no double booking, no past, no stale edits, history of moves. */
class VisitsIT extends ApplicationTest {

    long campaign;

    @BeforeEach
    void setUp() {
        campaign = fixtures.campaign();
    }

    private long visits() {
        return admin.get("/api/visits?campaignId=" + campaign).json().get("total").asLong();
    }

    @Test
    void aScheduledVisitAnswers201WithTimesInTheCampaignZone() {
        long school = fixtures.school();
        long lead = fixtures.volunteer();
        long other = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(10, 9);
        Api.Reply reply =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(campaign, school, start, 90, lead, other));
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.location().endsWith("/api/visits/" + reply.id()), reply.location());
        JsonNode visit = reply.json();
        assertEquals("planned", visit.get("status").asText());
        assertEquals(lead, visit.get("leadVolunteerId").asLong());
        assertEquals(2, visit.get("volunteerIds").size());
        assertEquals("Asia/Baghdad", visit.get("timeZone").asText());
        assertEquals(
                start.toInstant(), OffsetDateTime.parse(visit.get("start").asText()).toInstant());
        assertTrue(visit.get("start").asText().endsWith("+03:00"), visit::toString);
        assertEquals(
                start.plusMinutes(90).toInstant(),
                OffsetDateTime.parse(visit.get("end").asText()).toInstant());

        JsonNode read = admin.get("/api/visits/" + reply.id()).json();
        assertEquals(visit.get("start").asText(), read.get("start").asText());
    }

    @Test
    void aVolunteerCannotBeInTwoVisitsAtOnce() {
        long volunteer = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(11, 9);
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(campaign, fixtures.school(), start, 120, volunteer)));
        Api.Reply clash =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                fixtures.school(),
                                start.plusMinutes(60),
                                60,
                                fixtures.volunteer(),
                                volunteer));
        assertEquals(409, clash.status(), clash::toString);
        assertTrue(clash.contentType().startsWith("application/problem+json"));
        String detail = clash.json().get("detail").asText();
        assertTrue(detail.contains("already booked"), clash::toString);
        assertTrue(
                detail.contains(
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(start)
                                + "–"
                                + DateTimeFormatter.ofPattern("HH:mm")
                                        .format(start.plusMinutes(120))),
                "the clash names the other visit's day and hours in the campaign's zone: "
                        + detail);
        assertEquals(1, visits());

        Api.Reply afterwards =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                fixtures.school(),
                                start.plusMinutes(120),
                                60,
                                volunteer));
        assertEquals(
                201,
                afterwards.status(),
                "a visit that starts when the other ends does not overlap: " + afterwards);
    }

    @Test
    void aSchoolCannotHaveTwoVisitsAtOnce() {
        long school = fixtures.school();
        OffsetDateTime start = Fixtures.future(12, 9);
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(campaign, school, start, 90, fixtures.volunteer())));
        Api.Reply clash =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                school,
                                start.minusMinutes(30),
                                60,
                                fixtures.volunteer()));
        assertEquals(409, clash.status(), clash::toString);
        String detail = clash.json().get("detail").asText();
        assertTrue(detail.contains("already has a visit"), clash::toString);
        assertTrue(
                detail.contains(
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(start)
                                + "–"
                                + DateTimeFormatter.ofPattern("HH:mm")
                                        .format(start.plusMinutes(90))),
                "the clash names the other visit's day and hours: " + detail);
        assertEquals(1, visits());
    }

    @Test
    void aCancelledVisitFreesItsPeopleAndPlace() {
        long school = fixtures.school();
        long volunteer = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(13, 9);
        long first =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(campaign, school, start, 90, volunteer)));
        Api.Reply cancelled = admin.post("/api/visits/" + first + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().get("status").asText());
        assertEquals(1, cancelled.json().get("sequence").asInt());
        Fixtures.created(
                admin.post(
                        "/api/visits", fixtures.visitBody(campaign, school, start, 90, volunteer)));
        Api.Reply move =
                admin.put(
                        "/api/visits/" + first,
                        fixtures.visitBody(campaign, school, start.plusDays(1), 90, volunteer));
        assertEquals(409, move.status(), "a cancelled visit cannot be moved: " + move);
    }

    @Test
    void aVolunteerSignsUpForAVisitOfAnOpenCampaignOnly() {
        long open =
                Fixtures.created(
                        admin.post(
                                "/api/campaigns",
                                fixtures.campaignBody(fixtures.home()).put("openSignUp", true)));
        long lead = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(16, 9);
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(open, fixtures.school(), start, 60, lead)));
        long closedVisit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        fixtures.school(),
                                        Fixtures.future(16, 13),
                                        60,
                                        fixtures.volunteer())));
        Fixtures.Login login = fixtures.volunteerLogin();
        Api volunteer = api.as(login.email(), Fixtures.VOLUNTEER_PASSWORD);

        Api.Reply joined = volunteer.post("/api/visits/" + visit + "/sign-up", null);
        assertEquals(200, joined.status(), joined::toString);
        assertEquals(
                List.of(lead, login.volunteerId()),
                List.of(
                        joined.json().get("volunteerIds").get(0).asLong(),
                        joined.json().get("volunteerIds").get(1).asLong()),
                "the volunteer joins at the end; the lead stays");
        assertEquals(
                200,
                volunteer.post("/api/visits/" + visit + "/sign-up", null).status(),
                "signing up twice changes nothing");
        assertEquals(2, admin.get("/api/visits/" + visit).json().get("volunteerIds").size());

        Api.Reply closed = volunteer.post("/api/visits/" + closedVisit + "/sign-up", null);
        assertEquals(409, closed.status(), closed::toString);

        long clash =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        open,
                                        fixtures.school(),
                                        start.plusMinutes(30),
                                        60,
                                        fixtures.volunteer())));
        Api.Reply busy = volunteer.post("/api/visits/" + clash + "/sign-up", null);
        assertEquals(409, busy.status(), "a volunteer cannot join two visits at once: " + busy);
        assertEquals(
                403,
                admin.post("/api/visits/" + visit + "/sign-up", null).status(),
                "only volunteers sign up");
    }

    @Test
    void aCancellationCarriesItsReasonWhichHasALimit() {
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        fixtures.school(),
                                        Fixtures.future(15, 9),
                                        60,
                                        fixtures.volunteer())));
        Api.Reply tooLong =
                admin.post(
                        "/api/visits/" + visit + "/cancel",
                        Api.object().put("reason", "x".repeat(1001)));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(
                "planned",
                admin.get("/api/visits/" + visit).json().get("status").asText(),
                "nothing was cancelled");
        Api.Reply cancelled =
                admin.post(
                        "/api/visits/" + visit + "/cancel",
                        Api.object().put("reason", "المدرسة مغلقة بسبب الامتحانات"));
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals(
                "المدرسة مغلقة بسبب الامتحانات",
                cancelled.json().get("cancellationReason").asText());
    }

    @Test
    void aVisitCannotStartInThePastOrEndBeforeItStarts() {
        long before = visits();
        Map<String, String> past =
                admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        campaign,
                                        fixtures.school(),
                                        OffsetDateTime.now().minusHours(1),
                                        60,
                                        fixtures.volunteer()))
                        .violations();
        assertEquals("must not be in the past", past.get("start"), past::toString);
        Api.Reply negative =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                fixtures.school(),
                                Fixtures.future(14, 9),
                                -30,
                                fixtures.volunteer()));
        assertEquals(400, negative.status(), negative::toString);
        assertTrue(negative.violations().containsKey("durationMinutes"), negative::toString);
        Api.Reply zero =
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                fixtures.school(),
                                Fixtures.future(14, 9),
                                0,
                                fixtures.volunteer()));
        assertEquals(400, zero.status(), zero::toString);
        assertEquals(before, visits());
    }

    @Test
    void aVisitHeldBeforeIsEnteredWithoutEmailsAndThenReported() {
        long school = fixtures.school();
        Api.Reply ahead =
                admin.post(
                        "/api/visits/held",
                        fixtures.visitBody(
                                campaign,
                                school,
                                Fixtures.future(14, 9),
                                60,
                                fixtures.volunteer()));
        assertEquals("must not be in the future", ahead.violations().get("start"), ahead::toString);

        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits/held",
                                fixtures.visitBody(
                                        campaign,
                                        school,
                                        OffsetDateTime.now().minusDays(3),
                                        60,
                                        fixtures.volunteer())));
        assertEquals("planned", admin.get("/api/visits/" + visit).json().get("status").asText());
        JsonNode outbox = admin.get("/api/outbox?visitId=" + visit).json();
        assertEquals(
                0,
                outbox.get("total").asInt(),
                "nobody is invited to a visit that is over: " + outbox);

        Api.Reply reported =
                admin.post(
                        "/api/visits/" + visit + "/participation",
                        Api.object()
                                .put("girls", 12)
                                .put("boys", 9)
                                .put("teachers", 1)
                                .put("sessions", 1));
        assertEquals(200, reported.status(), reported::toString);
        assertEquals("done", admin.get("/api/visits/" + visit).json().get("status").asText());

        JsonNode held = admin.get("/api/visits/" + visit).json();
        Api.Reply moved =
                admin.put(
                        "/api/visits/" + visit,
                        fixtures.visitBody(
                                        campaign,
                                        school,
                                        Fixtures.future(20, 9),
                                        60,
                                        held.get("volunteerIds").get(0).asLong())
                                .put("version", held.get("version").asInt()));
        assertEquals(409, moved.status(), moved::toString);
        assertEquals("application/problem+json", moved.contentType(), moved::toString);
        assertTrue(moved.json().get("detail").asText().contains("cannot change"), moved::toString);
        assertEquals(
                held.get("start").asText(),
                admin.get("/api/visits/" + visit).json().get("start").asText(),
                "a held visit stays on the day it was held");
    }

    @Test
    void unknownReferencesOfAVisitAreEachNamed() {
        ObjectNode body =
                fixtures.visitBody(987654321L, 987654322L, Fixtures.future(15, 9), 60, 987654323L);
        Api.Reply reply = admin.post("/api/visits", body);
        assertEquals(400, reply.status(), reply::toString);
        Map<String, String> violations = reply.violations();
        assertTrue(
                violations.containsKey("campaignId")
                        && violations.containsKey("schoolId")
                        && violations.containsKey("volunteerIds[0]"),
                violations::toString);
        Map<String, String> none =
                admin.post("/api/visits", Api.object().put("campaignId", campaign)).violations();
        assertTrue(
                none.containsKey("volunteerIds")
                        && none.containsKey("start")
                        && none.containsKey("schoolId"),
                none::toString);
    }

    @Test
    void movingAVisitKeepsItsHistoryAndRaisesItsSequence() {
        long school = fixtures.school();
        long volunteer = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(16, 9);
        JsonNode visit =
                admin.post(
                                "/api/visits",
                                fixtures.visitBody(campaign, school, start, 90, volunteer))
                        .json();
        long id = visit.get("id").asLong();
        ObjectNode move =
                fixtures.visitBody(campaign, school, start.plusDays(2), 60, volunteer)
                        .put("version", visit.get("version").asInt());
        Api.Reply moved = admin.put("/api/visits/" + id, move);
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(1, moved.json().get("sequence").asInt());
        assertEquals(60, moved.json().get("durationMinutes").asInt());

        JsonNode history = admin.get("/api/visits/" + id + "/history").json();
        assertEquals(1, history.size(), history::toString);
        assertEquals("moved", history.get(0).get("kind").asText());
        assertEquals(
                start.toInstant(),
                OffsetDateTime.parse(history.get(0).get("oldStart").asText()).toInstant());
        assertEquals(Api.ADMIN_EMAIL, history.get(0).get("changedBy").asText());
    }

    @Test
    void aStaleEditIs409AndChangesNothing() {
        long school = fixtures.school();
        long volunteer = fixtures.volunteer();
        OffsetDateTime start = Fixtures.future(17, 9);
        JsonNode visit =
                admin.post(
                                "/api/visits",
                                fixtures.visitBody(campaign, school, start, 90, volunteer))
                        .json();
        long id = visit.get("id").asLong();
        int readVersion = visit.get("version").asInt();
        assertEquals(
                200,
                admin.put(
                                "/api/visits/" + id,
                                fixtures.visitBody(
                                                campaign, school, start.plusHours(2), 90, volunteer)
                                        .put("version", readVersion))
                        .status());
        Api.Reply stale =
                admin.put(
                        "/api/visits/" + id,
                        fixtures.visitBody(campaign, school, start.plusHours(4), 90, volunteer)
                                .put("version", readVersion));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(
                start.plusHours(2).toInstant(),
                OffsetDateTime.parse(admin.get("/api/visits/" + id).json().get("start").asText())
                        .toInstant());
    }

    @Test
    void visitsAreFilteredAndPaged() {
        long volunteer = fixtures.volunteer();
        for (int i = 0; i < 3; i++) {
            Fixtures.created(
                    admin.post(
                            "/api/visits",
                            fixtures.visitBody(
                                    campaign,
                                    fixtures.school(),
                                    Fixtures.future(18 + i, 9),
                                    60,
                                    volunteer)));
        }
        JsonNode page =
                admin.get(
                                "/api/visits?campaignId="
                                        + campaign
                                        + "&volunteerId="
                                        + volunteer
                                        + "&size=2&page=1")
                        .json();
        assertEquals(3, page.get("total").asInt());
        assertEquals(1, page.get("items").size());
        assertEquals(1, page.get("page").asInt());
        String from = Fixtures.future(19, 0).toString().replace("+", "%2B");
        JsonNode later = admin.get("/api/visits?campaignId=" + campaign + "&from=" + from).json();
        assertEquals(2, later.get("total").asInt(), later::toString);
        String day = Fixtures.future(19, 9).toLocalDate().toString();
        JsonNode thatDay =
                admin.get("/api/visits?campaignId=" + campaign + "&from=" + day + "&to=" + day)
                        .json();
        assertEquals(1, thatDay.get("total").asInt(), "to is inclusive for a date: " + thatDay);
        assertEquals(
                0,
                admin.get("/api/visits?campaignId=" + campaign + "&status=cancelled")
                        .json()
                        .get("total")
                        .asInt());
    }
}
