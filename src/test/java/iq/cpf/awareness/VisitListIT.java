package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The visit list as schedules read it: by volunteer, with teams, schools and times, each visit once
 * in start order whatever the size of its team, and whatever {@code Content-Type} a GET carries.
 */
class VisitListIT extends ApplicationTest {

    @Test
    void aGetWithAContentTypeIsAnsweredAsWithoutOne() {
        Api.Reply html = admin.with("Content-Type", "text/html").get("/api/visits?size=1");
        assertEquals(200, html.status(), html::toString);
        assertEquals(admin.get("/api/visits?size=1").json().get("total"), html.json().get("total"));
        Api.Reply head = admin.with("Content-Type", "text/html").send("HEAD", "/api/visits", null);
        assertEquals(200, head.status(), head::toString);
    }

    @Test
    void aBodyOfAnotherTypeIsStillRefused() {
        Api.Reply reply = admin.sendText("POST", "/api/visits", "text/html", "<p>not a visit</p>");
        assertEquals(415, reply.status(), reply::toString);
    }

    @Test
    void aVolunteersVisitsAreListedOnceEachInStartOrderWithTheirTeams() {
        long campaign = fixtures.campaign();
        Fixtures.Login me = fixtures.volunteerLogin();
        long partner = fixtures.volunteer();
        long school = fixtures.school();
        List<Long> mine = new ArrayList<>();
        for (int day = 3; day >= 1; day--) {
            mine.add(
                    0,
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            campaign,
                                            school,
                                            Fixtures.future(30 + day, 9),
                                            60,
                                            partner,
                                            me.volunteerId()))));
        }
        Fixtures.created(
                admin.post(
                        "/api/visits",
                        fixtures.visitBody(
                                campaign,
                                fixtures.school(),
                                Fixtures.future(31, 9),
                                60,
                                fixtures.volunteer())));

        JsonNode page = admin.get("/api/visits?volunteerId=" + me.volunteerId() + "&size=2").json();
        assertEquals(3, page.get("total").asInt(), page::toString);
        assertEquals(List.of(mine.get(0), mine.get(1)), ids(page));
        JsonNode first = page.get("items").get(0);
        assertEquals(List.of(partner, me.volunteerId()), longs(first.get("volunteerIds")));
        assertEquals(partner, first.get("leadVolunteerId").asLong());
        assertEquals(school, first.get("schoolId").asLong());
        assertEquals(campaign, first.get("campaignId").asLong());
        assertEquals("Asia/Baghdad", first.get("timeZone").asText());

        JsonNode second =
                admin.get("/api/visits?volunteerId=" + me.volunteerId() + "&size=2&page=1").json();
        assertEquals(List.of(mine.get(2)), ids(second));

        JsonNode own =
                api.as(me.email(), Fixtures.VOLUNTEER_PASSWORD).get("/api/visits?size=50").json();
        assertEquals(3, own.get("total").asInt(), own::toString);
        assertEquals(mine, ids(own));

        JsonNode partners =
                admin.get("/api/visits?volunteerId=" + partner + "&campaignId=" + campaign).json();
        assertEquals(3, partners.get("total").asInt(), partners::toString);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asLong()));
        return values;
    }
}
