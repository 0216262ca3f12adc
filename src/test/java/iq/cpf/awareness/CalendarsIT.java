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
 * School calendars (issue 17): a visit outside the school's governorate calendar or its shift is
 * refused with a 409 that names each rule and writes nothing, unless an organiser gives a reason,
 * which the visit's history keeps; calendars are imported from CSV and iCalendar all or nothing.
 * Each test has a governorate of its own, so its calendar touches no other test's schools.
 */
class CalendarsIT extends ApplicationTest {

    private static final ZoneOffset BAGHDAD = ZoneOffset.ofHours(3);

    private String governorate;
    private long campaign;
    private long school;
    private long volunteer;

    @BeforeEach
    void scene() {
        governorate = Api.unique("Governorate");
        campaign = fixtures.campaign();
        school =
                Fixtures.created(
                        admin.post(
                                "/api/schools",
                                fixtures.schoolBody().put("governorate", governorate)));
        volunteer = fixtures.volunteer();
    }

    @Test
    void aVisitOnADayOffIsRefusedNamingTheRuleUnlessAnOrganiserSaysWhy() {
        JsonNode calendar = admin.put("/api/calendars/" + governorate, Api.object()).json();
        assertEquals(List.of("friday", "saturday"), texts(calendar.get("daysOff")));

        OffsetDateTime friday = next(DayOfWeek.FRIDAY, 10);
        Api.Reply refused = schedule(friday, null);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals(List.of("calendar.dayOff"), texts(refused.json().get("rules")));
        assertTrue(refused.json().get("detail").asText().contains(governorate), refused::toString);
        assertEquals(0, visitsOfSchool(), "nothing written");

        Api.Reply arabic =
                api.asAdmin().with("Accept-Language", "ar").post("/api/visits", body(friday, null));
        assertEquals(409, arabic.status());
        assertTrue(arabic.json().get("detail").asText().contains("عطلة"), arabic::toString);

        String reason = "The head teacher opens the school for the campaign's assembly";
        long visit = Fixtures.created(schedule(friday, reason));
        JsonNode history = admin.get("/api/visits/" + visit + "/history").json();
        JsonNode entry = history.get(history.size() - 1);
        assertEquals("overridden", entry.get("kind").asText(), history::toString);
        assertEquals("calendar.dayOff: " + reason, entry.get("reason").asText());
        assertEquals(Api.ADMIN_EMAIL, entry.get("changedBy").asText());
    }

    @Test
    void holidaysExamsTermsAndTheShiftAreEachNamedAndAVisitWithinThemIsBooked() {
        LocalDate today = LocalDate.now(BAGHDAD);
        ObjectNode calendar = Api.object();
        calendar.putArray("daysOff");
        var periods = calendar.putArray("periods");
        periods.add(period("term", "First term", today, today.plusDays(60)));
        periods.add(period("holiday", "Eid al-Fitr", today.plusDays(10), today.plusDays(12)));
        periods.add(period("exams", "Mid-year exams", today.plusDays(20), today.plusDays(22)));
        assertEquals(200, admin.put("/api/calendars/" + governorate, calendar).status());
        JsonNode own = admin.get("/api/schools/" + school + "/calendar").json();
        ObjectNode shift =
                Api.object()
                        .put("shift", "afternoon")
                        .put("shiftStart", "12:30")
                        .put("shiftEnd", "17:00")
                        .put("version", own.get("version").asInt());
        Api.Reply saved = admin.put("/api/schools/" + school + "/calendar", shift);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("afternoon", saved.json().get("shift").asText());
        assertTrue(saved.json().get("governorateCalendar").asBoolean());

        assertEquals(
                List.of("calendar.holiday"), rules(schedule(at(today.plusDays(11), 13), null)));
        assertEquals(List.of("calendar.exams"), rules(schedule(at(today.plusDays(21), 13), null)));
        assertEquals(
                List.of("calendar.outsideTerm"), rules(schedule(at(today.plusDays(70), 13), null)));
        assertEquals(
                List.of("calendar.outsideShift"), rules(schedule(at(today.plusDays(15), 9), null)));
        assertEquals(
                List.of("calendar.holiday", "calendar.outsideShift"),
                rules(schedule(at(today.plusDays(10), 8), null)));
        assertEquals(0, visitsOfSchool(), "nothing written");

        long visit = Fixtures.created(schedule(at(today.plusDays(15), 13), null));
        ObjectNode moved = body(at(today.plusDays(11), 14), null);
        moved.put("version", admin.get("/api/visits/" + visit).json().get("version").asInt());
        Api.Reply refused = admin.put("/api/visits/" + visit, moved);
        assertEquals(List.of("calendar.holiday"), rules(refused));
        assertEquals(
                at(today.plusDays(15), 13).toInstant(),
                OffsetDateTime.parse(admin.get("/api/visits/" + visit).json().get("start").asText())
                        .toInstant(),
                "the visit was not moved");
    }

    @Test
    void aBadCalendarIsRefusedFieldByField() {
        ObjectNode days = Api.object();
        days.putArray("daysOff").add("friday").add("funday");
        Api.Reply refused = admin.put("/api/calendars/" + governorate, days);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("daysOff[1]"), refused::toString);

        ObjectNode backwards = Api.object();
        backwards
                .putArray("periods")
                .add(period("holiday", "Backwards", LocalDate.now().plusDays(5), LocalDate.now()));
        refused = admin.put("/api/calendars/" + governorate, backwards);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("periods[0].inOrder"), refused::toString);

        ObjectNode picnic = Api.object();
        picnic.putArray("periods").add(period("picnic", "x", LocalDate.now(), LocalDate.now()));
        assertEquals(400, admin.put("/api/calendars/" + governorate, picnic).status());
        assertEquals(404, admin.get("/api/calendars/" + governorate).status(), "nothing written");

        ObjectNode shift = Api.object().put("shiftStart", "17:00").put("shiftEnd", "12:30");
        Api.Reply hours = admin.put("/api/schools/" + school + "/calendar", shift);
        assertEquals(400, hours.status(), hours::toString);
        assertTrue(hours.violations().containsKey("shiftInOrder"), hours::toString);
    }

    @Test
    void aCsvFileIsImportedAllOrNothingWithItsBadLinesNamed() {
        String bad =
                """
                kind,name,from,to
                holiday,Eid al-Adha,2027-05-16,2027-05-19
                holiday,Ashura,2027-06-15,16/06/2027
                exams,Finals,2027-06-01,2027-05-20
                """;
        Api.Reply refused =
                admin.postText("/api/calendars/" + governorate + "/import", "text/csv", bad);
        assertEquals(400, refused.status(), refused::toString);
        var violations = refused.violations();
        assertTrue(violations.containsKey("line 3: to"), violations::toString);
        assertTrue(violations.containsKey("line 4: inOrder"), violations::toString);
        assertEquals(404, admin.get("/api/calendars/" + governorate).status(), "nothing written");

        String good =
                """
                kind,name,from,to
                term,First term,2026-09-20,2027-01-20
                holiday,Eid al-Adha,2027-05-16,2027-05-19
                """;
        Api.Reply imported =
                admin.postText("/api/calendars/" + governorate + "/import", "text/csv", good);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().get("imported").asInt());
        assertEquals(
                0,
                admin.postText("/api/calendars/" + governorate + "/import", "text/csv", good)
                        .json()
                        .get("imported")
                        .asInt(),
                "a period already there is not added twice");
        JsonNode calendar = admin.get("/api/calendars/" + governorate).json();
        assertEquals(2, calendar.get("periods").size());
        assertEquals(List.of("friday", "saturday"), texts(calendar.get("daysOff")));
    }

    @Test
    void anICalendarFileGivesTheSchoolItsOwnPeriods() {
        String ics =
                """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//Calendars//EN\r
                BEGIN:VEVENT\r
                UID:spring@test\r
                DTSTAMP:20261201T000000Z\r
                DTSTART;VALUE=DATE:20270321\r
                DTEND;VALUE=DATE:20270324\r
                SUMMARY:Nowruz\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:exams@test\r
                DTSTAMP:20261201T000000Z\r
                DTSTART;VALUE=DATE:20270601\r
                DTEND;VALUE=DATE:20270611\r
                SUMMARY:Final exams\r
                CATEGORIES:EXAMS\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        Api.Reply imported =
                admin.postText("/api/schools/" + school + "/calendar/import", "text/calendar", ics);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().get("imported").asInt());
        JsonNode periods = admin.get("/api/schools/" + school + "/calendar").json().get("periods");
        assertEquals("holiday", periods.get(0).get("kind").asText());
        assertEquals("2027-03-23", periods.get(0).get("to").asText(), "DTEND is the day after");
        assertEquals("exams", periods.get(1).get("kind").asText());
        assertEquals("Final exams", periods.get(1).get("name").asText());

        Api.Reply broken =
                admin.postText(
                        "/api/schools/" + school + "/calendar/import",
                        "text/calendar",
                        "BEGIN:VCALENDAR\r\nthis is not\r\n");
        assertEquals(400, broken.status(), broken::toString);
        assertTrue(broken.violations().containsKey("file"), broken::toString);
    }

    private Api.Reply schedule(OffsetDateTime start, String override) {
        return admin.post("/api/visits", body(start, override));
    }

    private ObjectNode body(OffsetDateTime start, String override) {
        ObjectNode body = fixtures.visitBody(campaign, school, start, 60, volunteer);
        if (override != null) {
            body.put("overrideReason", override);
        }
        return body;
    }

    private int visitsOfSchool() {
        return admin.get("/api/visits?schoolId=" + school).json().get("total").asInt();
    }

    private static List<String> rules(Api.Reply reply) {
        assertEquals(409, reply.status(), reply::toString);
        return texts(reply.json().get("rules"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static ObjectNode period(String kind, String name, LocalDate from, LocalDate to) {
        return Api.object()
                .put("kind", kind)
                .put("name", name)
                .put("from", from.toString())
                .put("to", to.toString());
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(BAGHDAD);
    }

    /** The first {@code day} at least a week ahead, at {@code hour} in Baghdad. */
    private static OffsetDateTime next(DayOfWeek day, int hour) {
        LocalDate date = LocalDate.now(BAGHDAD).plusDays(7);
        while (date.getDayOfWeek() != day) {
            date = date.plusDays(1);
        }
        return at(date, hour);
    }
}
