package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Participation, the reach ledger and the summaries, checked against figures computed by hand from what the test
 * records: a correction, a cancelled visit, a visit never reported, a class that ran only the pre-quiz.
 */
class ParticipationIT extends MovableClockTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Test
    void participationIsRecordedCorrectedSummedUpAndExported() throws Exception {
        long forum = fixtures.forum();
        long campaign = Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
        String organiser = fixtures.organiser("en", forum);
        String elsewhere = fixtures.organiser("en", fixtures.forum());
        ObjectNode school1 = fixtures.schoolBody();
        String contact = school1.get("contacts").get(0).get("email").asText();
        long s1 = Fixtures.created(admin.post("/api/schools", school1));
        ObjectNode school2 = fixtures.schoolBody().put("district", "Jalawla");
        long s2 = Fixtures.created(admin.post("/api/schools", school2));
        long s3 = Fixtures.created(admin.post("/api/schools", fixtures.schoolBody()));
        ObjectNode lead = fixtures.volunteerBody();
        long volunteer = Fixtures.created(admin.post("/api/volunteers", lead));
        JsonNode lesson = admin.get("/api/materials?topic=drugs&ageBand=secondary&state=approved").json().get("items").get(0);
        long lessonId = lesson.get("id").asLong();
        int questions = admin.get("/api/materials/" + lessonId + "/versions/" + lesson.get("approvedVersion").asInt()).json()
                .get("texts").get(0).get("quiz").size();
        assertTrue(questions >= 5, "the library lesson has a quiz");

        long v1 = visit(campaign, s1, 1, volunteer, lessonId);
        long v2 = visit(campaign, s2, 2, volunteer, lessonId);
        long v3 = visit(campaign, s3, 3, volunteer, null);
        long v4 = visit(campaign, s1, 4, volunteer, null);
        visit(campaign, s3, 20, volunteer, null);
        assertEquals(200, admin.post("/api/visits/" + v3 + "/cancel", null).status());
        moveClock("P5D");

        ObjectNode first = report(18, 17, 2, 2);
        first.putArray("byGrade").add(grade("10", 10, 12)).add(grade("11", 8, 5));
        first.set("quiz", quiz("10A", 20, answers(questions, 2, 8), 20, answers(questions, 20, 16)));
        first.putArray("quizzes").add(quiz("11A", 25, answers(questions, 5, 10), null, null));
        Api.Reply recorded = admin.post("/api/visits/" + v1 + "/participation", first);
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(2, recorded.json().get("quizzes").size());

        ObjectNode wrong = report(19, 17, 2, 2);
        wrong.putArray("byGrade").add(grade("10", 10, 12)).add(grade("11", 8, 5));
        wrong.set("quiz", quiz("10A", 20, answers(questions - 1, 2, 8), 20, answers(questions, 21, 16)));
        Api.Reply refused = admin.post("/api/visits/" + v1 + "/participation", wrong);
        assertEquals(400, refused.status(), refused::toString);
        List<String> fields = new ArrayList<>();
        refused.json().get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertTrue(fields.containsAll(List.of("byGrade", "quizzes[0].pre.correct", "quizzes[0].post.correct[0]")), fields::toString);
        assertEquals(18, admin.get("/api/visits/" + v1 + "/participation").json().get("girls").asInt(), "bad input writes nothing");

        ObjectNode correction = first.deepCopy();
        correction.remove("girls");
        correction.remove("boys");
        ((ObjectNode) correction.get("byGrade").get(1)).put("girls", 9);
        assertEquals(200, admin.post("/api/visits/" + v1 + "/participation", correction).status());
        JsonNode history = admin.get("/api/visits/" + v1 + "/participation/history").json();
        assertEquals(2, history.size(), history::toString);
        assertEquals(18, history.get(0).get("report").get("girls").asInt(), "the first report is kept as it was");
        assertEquals(19, admin.get("/api/visits/" + v1 + "/participation").json().get("girls").asInt(), "totals from the grades");

        // The lead volunteer reports the second visit through the form linked from the participation request.
        String leadEmail = lead.get("email").asText();
        var request = Mailbox.await(mail, leadEmail, 1, m -> Mailbox.subjectContains("كيف جرت").test(m)
                && Mailbox.subjectContains(school2.get("name").asText()).test(m), WAIT);
        assertEquals(1, request.size(), "the lead is asked about the second visit");
        Matcher link = Pattern.compile("(http://\\S+/links/\\S+)").matcher(Mailbox.part(request.get(0), "text/plain"));
        assertTrue(link.find(), "the request carries the form's link");
        URI form = URI.create(link.group(1));
        HttpClient browser = HttpClient.newHttpClient();
        String page = browser.send(HttpRequest.newBuilder(form).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("name=\"grade_0\"") && page.contains("name=\"pre_pupils\"")
                && page.contains("name=\"post_" + questions + "\""), page);
        StringBuilder formFields = new StringBuilder("girls=0&boys=30&teachers=1&sessions=1&quiz_class=12B&pre_pupils=30&post_pupils=28");
        for (int q = 1; q <= questions; q++) {
            formFields.append("&pre_").append(q).append('=').append(q == 1 ? 3 : 12).append("&post_").append(q).append('=').append(q == 1 ? 28 : 21);
        }
        HttpResponse<String> tooMany = browser.send(HttpRequest.newBuilder(form).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formFields.toString().replace("post_pupils=28", "post_pupils=20")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, tooMany.statusCode(), "more correct answers than pupils");
        assertTrue(tooMany.body().contains("quizzes[0].post.correct[0]"), tooMany::body);
        HttpResponse<String> sent = browser.send(HttpRequest.newBuilder(form).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formFields.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent::body);
        assertEquals(leadEmail, admin.get("/api/visits/" + v2 + "/participation").json().get("reportedBy").asText());
        assertEquals(409, admin.post("/api/visits/" + v3 + "/participation", report(1, 1, 1, 1)).status(), "a cancelled visit");

        ObjectNode training = Api.object().put("forumId", forum).put("campaignId", campaign).put("kind", "workshop")
                .put("title", "Drugs and the law for community police").put("heldOn", java.time.LocalDate.now().toString())
                .put("sessions", 3);
        training.putArray("attendance").add(Api.object().put("role", "police").put("women", 3).put("men", 12))
                .add(Api.object().put("role", "community").put("women", 10).put("men", 5));
        JsonNode ledger = Fixtures.createdJson(admin.post("/api/trainings", training));
        assertEquals(30, ledger.get("people").asInt());
        ArrayNode twice = training.deepCopy().putArray("attendance");
        twice.add(Api.object().put("role", "police").put("women", 1).put("men", 1)).add(Api.object().put("role", "police").put("women", 1).put("men", 1));
        assertEquals(400, admin.post("/api/trainings", training.deepCopy().set("attendance", twice)).status(), "a role counted twice");

        JsonNode s = admin.get("/api/campaigns/" + campaign + "/summary").json();
        assertEquals("3 sessions in 2 schools reached 66 students, 19 of them girls.", s.get("sentence").asText());
        assertEquals(List.of(3, 2, 2), ints(s.get("schools"), "planned", "visited", "confirmed"));
        assertEquals(List.of(4, 2, 1, 1), ints(s.get("visits"), "planned", "done", "cancelled", "awaitingReport"));
        assertEquals(List.of(19, 47, 66), ints(s.get("students"), "girls", "boys", "total"));
        assertEquals("10", s.get("byGrade").get(0).get("grade").asText());
        assertEquals(List.of(10, 12), ints(s.get("byGrade").get(0), "girls", "boys"));
        assertEquals(List.of(9, 5), ints(s.get("byGrade").get(1), "girls", "boys"));
        assertEquals(3, s.get("teachers").asInt());
        assertEquals(3, s.get("sessions").asInt());

        JsonNode knowledge = s.get("knowledge");
        assertEquals(2, knowledge.get("classes").asInt(), "10A and 12B ran both quizzes");
        assertEquals(1, knowledge.get("incompleteClasses").asInt(), "11A ran only the pre-quiz");
        JsonNode q1 = knowledge.get("lessons").get(0).get("questions").get(0);
        assertEquals(0.1, q1.get("pre").asDouble(), 1e-9, "5 of 50 before");
        assertEquals(1.0, q1.get("post").asDouble(), 1e-9, "48 of 48 after");
        assertEquals(0.9, q1.get("gain").asDouble(), 1e-9);
        JsonNode q2 = knowledge.get("lessons").get(0).get("questions").get(1);
        assertEquals(0.4, q2.get("pre").asDouble(), 1e-9, "20 of 50");
        assertEquals(round(37.0 / 48), q2.get("post").asDouble(), 1e-9, "37 of 48");
        double pre = (5.0 + 20 * (questions - 1)) / (50.0 * questions);
        double post = (48.0 + 37 * (questions - 1)) / (48.0 * questions);
        assertEquals(round(post - pre), knowledge.get("gain").asDouble(), 1e-9);
        assertEquals(2, s.get("materials").get(0).get("visits").asInt());
        assertEquals(lessonId, s.get("materials").get(0).get("lessonId").asLong());
        assertEquals(List.of(1, 3, 13, 17, 30), ints(s.get("adults"), "events", "sessions", "women", "men", "total"));
        assertEquals(List.of(66, 3, 30, 99), ints(s.get("reach"), "students", "teachers", "adults", "total"));
        assertEquals(2, s.get("byArea").size());

        String day2 = java.time.LocalDate.now(ZoneId.of("Asia/Baghdad")).plusDays(2).toString();
        JsonNode period = admin.get("/api/campaigns/" + campaign + "/summary?from=" + day2 + "&to=" + day2).json();
        assertEquals(List.of(0, 30, 30), ints(period.get("students"), "girls", "boys", "total"));
        JsonNode district = admin.get("/api/summaries?forumId=" + forum + "&district=Jalawla").json();
        assertEquals(30, district.get("students").get("total").asInt());
        assertEquals(0, district.get("adults").get("total").asInt(), "the workshop was in the forum's own district");
        assertEquals(99, admin.get("/api/summaries?forumId=" + forum).json().get("reach").get("total").asInt());

        HttpResponse<byte[]> csv = admin.with("Accept", "text/csv").bytes("/api/campaigns/" + campaign + "/summary?lang=en");
        assertEquals(200, csv.statusCode());
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3), "UTF-8 with a BOM");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertEquals(List.of("Section", "Item", "Measure", "Value"), rows.get(0).toList());
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("Students", "All", "Girls", "19"))), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("Students", "Grade 11", "Girls", "9"))), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("People reached", "Total", "", "99"))), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("Knowledge gain (pre/post quiz)", "All", "Classes", "2"))),
                rows::toString);
        String gain = String.format(java.util.Locale.ROOT, "%+.1f", round(post - pre) * 100);
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("Knowledge gain (pre/post quiz)", "All",
                "Gain (percentage points)", gain))), rows::toString);
        HttpResponse<byte[]> arabicCsv = admin.with("Accept", "text/csv").bytes("/api/campaigns/" + campaign + "/summary?lang=ar");
        assertTrue(new String(arabicCsv.body(), StandardCharsets.UTF_8).contains("الطالبات"), "the Arabic spreadsheet");

        HttpResponse<byte[]> pdf = admin.with("Accept", "application/pdf").bytes("/api/campaigns/" + campaign + "/summary?lang=en");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        assertTrue(text.contains("3 sessions in 2 schools reached 66 students, 19 of them girls."), text);
        assertTrue(text.contains("Knowledge gain"), text);
        HttpResponse<byte[]> arabicPdf = admin.with("Accept", "application/pdf").bytes("/api/campaigns/" + campaign + "/summary?lang=ar");
        keep("summary-en.pdf", pdf.body());
        keep("summary-ar.pdf", arabicPdf.body());
        keep("summary-ckb.pdf", admin.with("Accept", "application/pdf").bytes("/api/campaigns/" + campaign + "/summary?lang=ckb").body());
        String arabic = Normalizer.normalize(pdfText(arabicPdf.body()), Normalizer.Form.NFKC);
        assertTrue(arabic.contains("66") && arabic.contains("99"), arabic);
        assertTrue(arabic.contains("المدارس") || arabic.contains(new StringBuilder("المدارس").reverse()), arabic);

        assertEquals(2, Mailbox.await(mail, contact, 2, Mailbox.subjectContains("بەشداری"), WAIT).size(),
                "the school gets a summary of each report, in Sorani");
        var summary = Mailbox.await(mail, organiser, 1, Mailbox.subjectContains("Participation at"), WAIT);
        assertTrue(!summary.isEmpty(), "the organiser gets the summary in English");
        assertTrue(Mailbox.part(summary.get(0), "text/plain").contains("students took part"), () -> Mailbox.part(summary.get(0), "text/plain"));

        assertEquals(200, admin.post("/api/outbox/digests", null).status());
        String name = admin.get("/api/campaigns/" + campaign).json().get("name").asText();
        var digest = Mailbox.await(mail, organiser, 1, Mailbox.subjectContains("Weekly digest: " + name), WAIT);
        assertEquals(1, digest.size(), "one digest of the campaign");
        String digestText = Mailbox.part(digest.get(0), "text/plain");
        assertTrue(digestText.contains("3 sessions in 2 schools reached 66 students, 19 of them girls.")
                && digestText.contains("Students reached at those visits: 66 (19 girls)"), digestText);
        JsonNode notTheirs = admin.get("/api/outbox?recipient=" + elsewhere).json();
        assertEquals(0, notTheirs.get("total").asInt(), "an organiser of another forum gets neither: " + notTheirs);
    }

    private long visit(long campaign, long school, int day, long volunteer, Long lesson) {
        ObjectNode body = fixtures.visitBody(campaign, school, Fixtures.future(day, 9), 90, volunteer);
        if (lesson != null) {
            body.putArray("materialIds").add(lesson);
        }
        return Fixtures.created(admin.post("/api/visits", body));
    }

    private static ObjectNode report(int girls, int boys, int teachers, int sessions) {
        return Api.object().put("girls", girls).put("boys", boys).put("teachers", teachers).put("sessions", sessions);
    }

    private static ObjectNode grade(String grade, int girls, int boys) {
        return Api.object().put("grade", grade).put("girls", girls).put("boys", boys);
    }

    private static ObjectNode quiz(String name, Integer prePupils, List<Integer> pre, Integer postPupils, List<Integer> post) {
        ObjectNode quiz = Api.object().put("class", name);
        if (prePupils != null) {
            ObjectNode side = quiz.putObject("pre").put("pupils", prePupils);
            pre.forEach(side.putArray("correct")::add);
        }
        if (postPupils != null) {
            ObjectNode side = quiz.putObject("post").put("pupils", postPupils);
            post.forEach(side.putArray("correct")::add);
        }
        return quiz;
    }

    /** {@code first} correct answers to question 1 and {@code rest} to each of the others. */
    private static List<Integer> answers(int questions, int first, int rest) {
        List<Integer> answers = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            answers.add(q == 0 ? first : rest);
        }
        return answers;
    }

    private static List<Integer> ints(JsonNode node, String... names) {
        return Arrays.stream(names).map(n -> node.get(n).asInt()).toList();
    }

    private static double round(double share) {
        return Math.round(share * 10000.0) / 10000.0;
    }

    /** Keeps a report under target/reports for a person to look at; the assertions read its text. */
    private static void keep(String name, byte[] body) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), body);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
