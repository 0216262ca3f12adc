package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Safeguarding (issue 17, part 3), each default rule refused at scheduling with its name, and not
 * set aside by a reason: a woman on a harassment visit to a girls' school, a vetted lead on a
 * sensitive topic, a school's consent for a police officer. Administrators set the rules per topic.
 */
class SafeguardingIT extends ApplicationTest {

    private static final String WHY = "The head teacher asked for this team";

    @Test
    void aHarassmentVisitToAGirlsSchoolHasAWomanOnItsTeam() {
        long campaign = campaign("harassment");
        long school =
                Fixtures.created(
                        admin.post("/api/schools", fixtures.schoolBody().put("type", "girls")));
        long man = volunteer(Api.object().put("gender", "male"));
        long otherMan = volunteer(Api.object().put("gender", "male"));
        long woman = volunteer(Api.object().put("gender", "female"));

        Api.Reply refused = schedule(campaign, school, 10, null, man, otherMan);
        assertEquals(List.of("safeguarding.woman"), rules(refused));
        assertEquals(
                List.of("safeguarding.woman"),
                rules(schedule(campaign, school, 10, WHY, man, otherMan)),
                "no reason sets a safeguarding rule aside");
        assertEquals(201, schedule(campaign, school, 10, null, man, woman).status());
    }

    @Test
    void aSensitiveVisitIsLedByAVolunteerVettedOnItsDay() {
        long campaign = campaign("drugs");
        long school = fixtures.school();
        ObjectNode lapsed =
                fixtures.volunteerBody().put("vettedUntil", LocalDate.now().plusDays(5).toString());
        long expiring = Fixtures.created(admin.post("/api/volunteers", lapsed));
        long vetted = fixtures.volunteer();

        assertEquals(
                List.of("safeguarding.vetting"),
                rules(schedule(campaign, school, 12, null, expiring, vetted)));
        assertEquals(
                201,
                schedule(campaign, school, 12, null, vetted, expiring).status(),
                "the vetted one leads");
        assertEquals(
                201,
                schedule(campaign, school, 3, null, expiring, vetted).status(),
                "still vetted on day 3");
    }

    @Test
    void aPoliceOfficerGoesOnlyWhereTheSchoolConsented() {
        long campaign = campaign("internet-misuse");
        long school = fixtures.school();
        long officer =
                Fixtures.created(
                        admin.post(
                                "/api/volunteers",
                                fixtures.volunteerBody().put("policeOfficer", true)));
        long civilian = fixtures.volunteer();

        assertEquals(
                List.of("safeguarding.policeConsent"),
                rules(schedule(campaign, school, 10, null, civilian, officer)));
        int version =
                admin.get("/api/schools/" + school + "/calendar").json().get("version").asInt();
        assertEquals(
                200,
                admin.put(
                                "/api/schools/" + school + "/calendar",
                                Api.object().put("policeConsent", true).put("version", version))
                        .status());
        assertEquals(201, schedule(campaign, school, 10, null, civilian, officer).status());
    }

    @Test
    void administratorsSetATopicsRules() {
        String slug = Api.unique("bullying").toLowerCase();
        assertEquals(
                201,
                admin.post("/api/topics", Api.object().put("slug", slug).put("name", "Bullying"))
                        .status());
        long campaign = campaign(slug);
        long school = fixtures.school();
        long unvetted =
                Fixtures.created(
                        admin.post(
                                "/api/volunteers",
                                fixtures.volunteerBody().put("vettedUntil", (String) null)));
        long vetted = fixtures.volunteer();
        assertEquals(
                201,
                schedule(campaign, school, 10, null, unvetted, vetted).status(),
                "not sensitive yet");

        Api.Reply set =
                admin.put(
                        "/api/topics/" + slug + "/safeguarding",
                        Api.object()
                                .put("sensitive", true)
                                .put("womanForGirls", false)
                                .put("policeConsent", true));
        assertEquals(200, set.status(), set::toString);
        assertTrue(set.json().get("sensitive").asBoolean());
        assertEquals(
                List.of("safeguarding.vetting"),
                rules(schedule(campaign, school, 11, null, unvetted, vetted)));
    }

    private long campaign(String topic) {
        return Fixtures.created(
                admin.post(
                        "/api/campaigns",
                        fixtures.campaignBody(fixtures.home()).put("topic", topic)));
    }

    private long volunteer(ObjectNode availability) {
        long id = fixtures.volunteer();
        assertEquals(
                200, admin.put("/api/volunteers/" + id + "/availability", availability).status());
        return id;
    }

    private Api.Reply schedule(
            long campaign, long school, int daysAhead, String why, Long... team) {
        OffsetDateTime start = Fixtures.future(daysAhead, 10);
        ObjectNode body = fixtures.visitBody(campaign, school, start, 60, team);
        if (why != null) {
            body.put("overrideReason", why);
        }
        return admin.post("/api/visits", body);
    }

    private static List<String> rules(Api.Reply reply) {
        assertEquals(409, reply.status(), reply::toString);
        List<String> rules = new ArrayList<>();
        reply.json().get("rules").forEach(r -> rules.add(r.asText()));
        return rules;
    }
}
