package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.demo.control.LocalSmsc;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import iq.cpf.awareness.support.MovableClockTest;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Participation, the reach ledger and the summaries, checked against figures computed by hand from
 * what the tests record: a correction, a cancelled visit, a visit never reported, a class that ran
 * only the pre-quiz. Each test builds its own campaign, so that any one of them can run, and fail,
 * alone.
 */
class ParticipationIT extends MovableClockTest {

    /**
     * How long a message may take. Usually a few seconds (the outbox and the reminder sweep poll
     * every 2 s), but a move of the clock makes every test's visits due at once, and the outbox
     * sends that backlog first.
     */
    private static final Duration WAIT = Duration.ofSeconds(45);

    private static final String SENTENCE =
            "3 sessions in 2 schools reached 66 students, 19 of them girls.";

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    /**
     * A campaign of one forum with four visits: at school 1 on day 1 and on day 4 (never reported),
     * at school 2 (in Jalawla) on day 2, both with the library lesson, at school 3 on day 3
     * (cancelled), and one ahead on day 20. The clock then stands five days on, so the first four
     * are over.
     */
    record Scene(
            long forum,
            long campaign,
            String organiser,
            String elsewhere,
            String contact,
            String school2,
            String leadEmail,
            long lessonId,
            int questions,
            long v1,
            long v2,
            long v3) {}

    private Scene scene() {
        long forum = fixtures.forum();
        long campaign =
                Fixtures.created(admin.post("/api/campaigns", fixtures.campaignBody(forum)));
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
        JsonNode lesson =
                admin.get("/api/materials?topic=drugs&ageBand=secondary&state=approved")
                        .json()
                        .get("items")
                        .get(0);
        long lessonId = lesson.get("id").asLong();
        int questions =
                admin.get(
                                "/api/materials/"
                                        + lessonId
                                        + "/versions/"
                                        + lesson.get("approvedVersion").asInt())
                        .json()
                        .get("texts")
                        .get(0)
                        .get("quiz")
                        .size();

        long v1 = visit(campaign, s1, 1, volunteer, lessonId);
        long v2 = visit(campaign, s2, 2, volunteer, lessonId);
        long v3 = visit(campaign, s3, 3, volunteer, null);
        visit(campaign, s1, 4, volunteer, null);
        visit(campaign, s3, 20, volunteer, null);
        assertEquals(200, admin.post("/api/visits/" + v3 + "/cancel", null).status());
        moveClock("P5D");
        return new Scene(
                forum,
                campaign,
                organiser,
                elsewhere,
                contact,
                school2.get("name").asText(),
                lead.get("email").asText(),
                lessonId,
                questions,
                v1,
                v2,
                v3);
    }

    /**
     * The scene with everything reported: visit 1 recorded and corrected, visit 2 through the form,
     * a workshop.
     */
    private Scene reported() throws Exception {
        Scene s = scene();
        correct(s, recordFirst(s));
        HttpResponse<String> sent = submit(participationForm(s), formFields(s.questions()));
        assertEquals(200, sent.statusCode(), sent::body);
        Fixtures.createdJson(admin.post("/api/trainings", training(s)));
        return s;
    }

    /** Visit 1: two grades, class 10A ran both quizzes and 11A only the pre-quiz. */
    private static ObjectNode firstReport(int questions) {
        ObjectNode first = report(18, 17, 2, 2);
        first.putArray("byGrade").add(grade("10", 10, 12)).add(grade("11", 8, 5));
        first.set(
                "quiz", quiz("10A", 20, answers(questions, 2, 8), 20, answers(questions, 20, 16)));
        first.putArray("quizzes").add(quiz("11A", 25, answers(questions, 5, 10), null, null));
        return first;
    }

    private ObjectNode recordFirst(Scene s) {
        ObjectNode first = firstReport(s.questions());
        Api.Reply recorded = admin.post("/api/visits/" + s.v1() + "/participation", first);
        assertEquals(200, recorded.status(), recorded::toString);
        return first;
    }

    /**
     * The first report with one more girl in grade 11, and no totals: they come from the grades.
     */
    private void correct(Scene s, ObjectNode first) {
        ObjectNode correction = first.deepCopy();
        correction.remove("girls");
        correction.remove("boys");
        ((ObjectNode) correction.get("byGrade").get(1)).put("girls", 9);
        assertEquals(
                200, admin.post("/api/visits/" + s.v1() + "/participation", correction).status());
    }

    /**
     * The form linked from the lead's participation request for visit 2, which comes once the visit
     * is over.
     */
    private URI participationForm(Scene s) {
        var request =
                Mailbox.await(
                        mail,
                        s.leadEmail(),
                        1,
                        m ->
                                Mailbox.subjectContains("كيف جرت").test(m)
                                        && Mailbox.subjectContains(s.school2()).test(m),
                        WAIT);
        assertEquals(1, request.size(), "the lead is asked about the second visit");
        Matcher link =
                Pattern.compile("(http://\\S+/links/\\S+)")
                        .matcher(Mailbox.part(request.get(0), "text/plain"));
        assertTrue(link.find(), "the request carries the form's link");
        return URI.create(link.group(1));
    }

    /** Visit 2 as the form sends it: 30 boys, class 12B ran both quizzes. */
    private static String formFields(int questions) {
        StringBuilder fields =
                new StringBuilder(
                        "girls=0&boys=30&teachers=1&sessions=1&quiz_class=12B&pre_pupils=30&post_pupils=28");
        for (int q = 1; q <= questions; q++) {
            fields.append("&pre_")
                    .append(q)
                    .append('=')
                    .append(q == 1 ? 3 : 12)
                    .append("&post_")
                    .append(q)
                    .append('=')
                    .append(q == 1 ? 28 : 21);
        }
        return fields.toString();
    }

    private static HttpResponse<String> submit(URI form, String fields) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(form)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(fields))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A workshop of the forum: 15 police and 15 community members, 13 of them women, in 3 sessions.
     */
    private static ObjectNode training(Scene s) {
        ObjectNode training =
                Api.object()
                        .put("forumId", s.forum())
                        .put("campaignId", s.campaign())
                        .put("kind", "workshop")
                        .put("title", "Drugs and the law for community police")
                        .put("heldOn", LocalDate.now().toString())
                        .put("sessions", 3);
        training.putArray("attendance")
                .add(Api.object().put("role", "police").put("women", 3).put("men", 12))
                .add(Api.object().put("role", "community").put("women", 10).put("men", 5));
        return training;
    }

    private JsonNode summary(Scene s) {
        return admin.get("/api/campaigns/" + s.campaign() + "/summary").json();
    }

    /**
     * The share of correct answers before and after, over every question, of the classes that ran
     * both quizzes.
     */
    private static double gain(int questions) {
        double pre = (5.0 + 20 * (questions - 1)) / (50.0 * questions);
        double post = (48.0 + 37 * (questions - 1)) / (48.0 * questions);
        return round(post - pre);
    }

    @Test
    void aReportWithGradesAndQuizzesIsRecorded() {
        Scene s = scene();
        assertTrue(s.questions() >= 5, "the library lesson has a quiz");
        Api.Reply recorded =
                admin.post("/api/visits/" + s.v1() + "/participation", firstReport(s.questions()));
        assertEquals(200, recorded.status(), recorded::toString);
        assertEquals(2, recorded.json().get("quizzes").size());
        assertEquals(
                18,
                admin.get("/api/visits/" + s.v1() + "/participation").json().get("girls").asInt());
    }

    @Test
    void anInconsistentReportIsRefusedAndWritesNothing() {
        Scene s = scene();
        recordFirst(s);
        ObjectNode wrong = report(19, 17, 2, 2);
        wrong.putArray("byGrade").add(grade("10", 10, 12)).add(grade("11", 8, 5));
        wrong.set(
                "quiz",
                quiz(
                        "10A",
                        20,
                        answers(s.questions() - 1, 2, 8),
                        20,
                        answers(s.questions(), 21, 16)));
        Api.Reply refused = admin.post("/api/visits/" + s.v1() + "/participation", wrong);
        assertEquals(400, refused.status(), refused::toString);
        List<String> fields = new ArrayList<>();
        refused.json().get("violations").forEach(v -> fields.add(v.get("field").asText()));
        assertTrue(
                fields.containsAll(
                        List.of("byGrade", "quizzes[0].pre.correct", "quizzes[0].post.correct[0]")),
                fields::toString);
        assertEquals(
                18,
                admin.get("/api/visits/" + s.v1() + "/participation").json().get("girls").asInt(),
                "bad input writes nothing");
    }

    @Test
    void aCorrectionKeepsTheFirstReportInTheHistoryAndTakesItsTotalsFromTheGrades() {
        Scene s = scene();
        correct(s, recordFirst(s));
        JsonNode history = admin.get("/api/visits/" + s.v1() + "/participation/history").json();
        assertEquals(2, history.size(), history::toString);
        assertEquals(
                18,
                history.get(0).get("report").get("girls").asInt(),
                "the first report is kept as it was");
        assertEquals(
                19,
                admin.get("/api/visits/" + s.v1() + "/participation").json().get("girls").asInt(),
                "totals from the grades");
    }

    @Test
    void theLeadReportsThroughTheFormLinkedFromTheParticipationRequest() throws Exception {
        Scene s = scene();
        URI form = participationForm(s);
        String page =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(form).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        assertTrue(
                page.contains("name=\"grade_0\"")
                        && page.contains("name=\"pre_pupils\"")
                        && page.contains("name=\"post_" + s.questions() + "\""),
                page);
        String fields = formFields(s.questions());

        HttpResponse<String> tooMany =
                submit(form, fields.replace("post_pupils=28", "post_pupils=20"));
        assertEquals(400, tooMany.statusCode(), "more correct answers than pupils");
        assertTrue(tooMany.body().contains("quizzes[0].post.correct[0]"), tooMany::body);
        HttpResponse<String> sent = submit(form, fields);
        assertEquals(200, sent.statusCode(), sent::body);
        assertEquals(
                s.leadEmail(),
                admin.get("/api/visits/" + s.v2() + "/participation")
                        .json()
                        .get("reportedBy")
                        .asText());
    }

    @Test
    void aCancelledVisitTakesNoReport() {
        Scene s = scene();
        assertEquals(
                409,
                admin.post("/api/visits/" + s.v3() + "/participation", report(1, 1, 1, 1)).status(),
                "a cancelled visit");
        assertEquals(
                404,
                admin.get("/api/visits/" + s.v3() + "/participation").status(),
                "nothing was recorded");
    }

    @Test
    void aTrainingCountsItsPeopleAndEachRoleOnce() {
        Scene s = scene();
        ObjectNode training = training(s);
        JsonNode ledger = Fixtures.createdJson(admin.post("/api/trainings", training));
        assertEquals(30, ledger.get("people").asInt());
        ArrayNode twice = training.deepCopy().putArray("attendance");
        twice.add(Api.object().put("role", "police").put("women", 1).put("men", 1))
                .add(Api.object().put("role", "police").put("women", 1).put("men", 1));
        assertEquals(
                400,
                admin.post("/api/trainings", training.deepCopy().set("attendance", twice)).status(),
                "a role counted twice");
    }

    @Test
    void theCampaignSummaryAddsUpVisitsStudentsAdultsAndReach() throws Exception {
        Scene s = reported();
        JsonNode summary = summary(s);
        assertEquals(SENTENCE, summary.get("sentence").asText());
        assertEquals(
                List.of(3, 2, 2), ints(summary.get("schools"), "planned", "visited", "confirmed"));
        assertEquals(
                List.of(4, 2, 1, 1),
                ints(summary.get("visits"), "planned", "done", "cancelled", "awaitingReport"));
        assertEquals(List.of(19, 47, 66), ints(summary.get("students"), "girls", "boys", "total"));
        assertEquals("10", summary.get("byGrade").get(0).get("grade").asText());
        assertEquals(List.of(10, 12), ints(summary.get("byGrade").get(0), "girls", "boys"));
        assertEquals(List.of(9, 5), ints(summary.get("byGrade").get(1), "girls", "boys"));
        assertEquals(3, summary.get("teachers").asInt());
        assertEquals(3, summary.get("sessions").asInt());
        assertEquals(2, summary.get("materials").get(0).get("visits").asInt());
        assertEquals(s.lessonId(), summary.get("materials").get(0).get("lessonId").asLong());
        assertEquals(
                List.of(1, 3, 13, 17, 30),
                ints(summary.get("adults"), "events", "sessions", "women", "men", "total"));
        assertEquals(
                List.of(66, 3, 30, 99),
                ints(summary.get("reach"), "students", "teachers", "adults", "total"));
        assertEquals(2, summary.get("byArea").size());
    }

    @Test
    void theSummaryMeasuresTheKnowledgeGainedBetweenThePreAndThePostQuiz() throws Exception {
        Scene s = reported();
        JsonNode knowledge = summary(s).get("knowledge");
        assertEquals(2, knowledge.get("classes").asInt(), "10A and 12B ran both quizzes");
        assertEquals(1, knowledge.get("incompleteClasses").asInt(), "11A ran only the pre-quiz");
        JsonNode q1 = knowledge.get("lessons").get(0).get("questions").get(0);
        assertEquals(0.1, q1.get("pre").asDouble(), 1e-9, "5 of 50 before");
        assertEquals(1.0, q1.get("post").asDouble(), 1e-9, "48 of 48 after");
        assertEquals(0.9, q1.get("gain").asDouble(), 1e-9);
        JsonNode q2 = knowledge.get("lessons").get(0).get("questions").get(1);
        assertEquals(0.4, q2.get("pre").asDouble(), 1e-9, "20 of 50");
        assertEquals(round(37.0 / 48), q2.get("post").asDouble(), 1e-9, "37 of 48");
        assertEquals(gain(s.questions()), knowledge.get("gain").asDouble(), 1e-9);
    }

    /**
     * A summary without dates takes the reports' figures from sums kept per campaign and school;
     * they must be what a summary over every date adds up from the reports themselves, also after
     * two reports at one school sent at the same moment (each rebuilds the school's sums), and
     * after one of those visits is cancelled.
     */
    @Test
    void theSumsKeptPerSchoolAreWhatTheReportsAddUpTo() throws Exception {
        Scene s = scene();
        long v4 = Long.MAX_VALUE;
        for (JsonNode visit :
                admin.get("/api/visits?campaignId=" + s.campaign() + "&size=50")
                        .json()
                        .get("items")) {
            long id = visit.get("id").asLong();
            v4 = id > s.v3() ? Math.min(v4, id) : v4;
        }
        ObjectNode second = report(4, 6, 1, 1);
        second.putArray("byGrade").add(grade("10", 4, 6));
        Map<Long, ObjectNode> reports = Map.of(s.v1(), firstReport(s.questions()), v4, second);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        reports.forEach(
                (visit, report) -> {
                    Thread sender =
                            new Thread(
                                    () ->
                                            statuses.add(
                                                    admin.post(
                                                                    "/api/visits/"
                                                                            + visit
                                                                            + "/participation",
                                                                    report)
                                                            .status()));
                    sender.start();
                    senders.add(sender);
                });
        for (Thread sender : senders) {
            sender.join();
        }
        assertEquals(List.of(200, 200), statuses);
        String everyDate =
                "?from=" + LocalDate.now().minusYears(1) + "&to=" + LocalDate.now().plusYears(1);
        String path = "/api/campaigns/" + s.campaign() + "/summary";
        JsonNode kept = admin.get(path).json();
        assertEquals(List.of(22, 23, 45), ints(kept.get("students"), "girls", "boys", "total"));
        assertEquals(List.of(14, 18), ints(kept.get("byGrade").get(0), "girls", "boys"));
        sameFigures(kept, admin.get(path + everyDate).json());

        assertEquals(200, admin.post("/api/visits/" + v4 + "/cancel", null).status());
        kept = admin.get(path).json();
        assertEquals(List.of(18, 17, 35), ints(kept.get("students"), "girls", "boys", "total"));
        sameFigures(kept, admin.get(path + everyDate).json());
    }

    private static void sameFigures(JsonNode kept, JsonNode added) {
        for (String figure : List.of("students", "byGrade", "teachers", "sessions", "byArea")) {
            assertEquals(added.get(figure), kept.get(figure), figure);
        }
    }

    @Test
    void summariesNarrowToAPeriodToADistrictAndToAForum() throws Exception {
        Scene s = reported();
        String day2 = LocalDate.now(ZoneId.of("Asia/Baghdad")).plusDays(2).toString();
        JsonNode period =
                admin.get(
                                "/api/campaigns/"
                                        + s.campaign()
                                        + "/summary?from="
                                        + day2
                                        + "&to="
                                        + day2)
                        .json();
        assertEquals(List.of(0, 30, 30), ints(period.get("students"), "girls", "boys", "total"));
        JsonNode district =
                admin.get("/api/summaries?forumId=" + s.forum() + "&district=Jalawla").json();
        assertEquals(30, district.get("students").get("total").asInt());
        assertEquals(
                0,
                district.get("adults").get("total").asInt(),
                "the workshop was in the forum's own district");
        assertEquals(
                99,
                admin.get("/api/summaries?forumId=" + s.forum())
                        .json()
                        .get("reach")
                        .get("total")
                        .asInt());
    }

    @Test
    void theSummaryIsASpreadsheetInEachLanguage() throws Exception {
        Scene s = reported();
        HttpResponse<byte[]> csv =
                admin.with("Accept", "text/csv")
                        .bytes("/api/campaigns/" + s.campaign() + "/summary?lang=en");
        assertEquals(200, csv.statusCode());
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(csv.body(), 3),
                "UTF-8 with a BOM");
        List<CSVRecord> rows =
                CSVFormat.RFC4180
                        .parse(
                                new StringReader(
                                        new String(csv.body(), StandardCharsets.UTF_8)
                                                .substring(1)))
                        .getRecords();
        assertEquals(List.of("Section", "Item", "Measure", "Value"), rows.get(0).toList());
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r -> r.toList().equals(List.of("Students", "All", "Girls", "19"))),
                rows::toString);
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.toList()
                                                .equals(
                                                        List.of(
                                                                "Students",
                                                                "Grade 11",
                                                                "Girls",
                                                                "9"))),
                rows::toString);
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.toList()
                                                .equals(
                                                        List.of(
                                                                "People reached",
                                                                "Total",
                                                                "",
                                                                "99"))),
                rows::toString);
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.toList()
                                                .equals(
                                                        List.of(
                                                                "Knowledge gain (pre/post quiz)",
                                                                "All",
                                                                "Classes",
                                                                "2"))),
                rows::toString);
        String gain = String.format(Locale.ROOT, "%+.1f", gain(s.questions()) * 100);
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.toList()
                                                .equals(
                                                        List.of(
                                                                "Knowledge gain (pre/post quiz)",
                                                                "All",
                                                                "Gain (percentage points)",
                                                                gain))),
                rows::toString);
        HttpResponse<byte[]> arabicCsv =
                admin.with("Accept", "text/csv")
                        .bytes("/api/campaigns/" + s.campaign() + "/summary?lang=ar");
        assertTrue(
                new String(arabicCsv.body(), StandardCharsets.UTF_8).contains("الطالبات"),
                "the Arabic spreadsheet");
    }

    @Test
    void theSummaryIsAPdfInEachLanguage() throws Exception {
        Scene s = reported();
        String path = "/api/campaigns/" + s.campaign() + "/summary?lang=";
        HttpResponse<byte[]> pdf = admin.with("Accept", "application/pdf").bytes(path + "en");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        assertTrue(text.contains(SENTENCE), text);
        assertTrue(text.contains("Knowledge gain"), text);
        HttpResponse<byte[]> arabicPdf = admin.with("Accept", "application/pdf").bytes(path + "ar");
        keep("summary-en.pdf", pdf.body());
        keep("summary-ar.pdf", arabicPdf.body());
        keep("summary-ckb.pdf", admin.with("Accept", "application/pdf").bytes(path + "ckb").body());
        String arabic = Normalizer.normalize(pdfText(arabicPdf.body()), Normalizer.Form.NFKC);
        assertTrue(arabic.contains("66") && arabic.contains("99"), arabic);
        assertTrue(
                arabic.contains("المدارس")
                        || arabic.contains(new StringBuilder("المدارس").reverse()),
                arabic);
    }

    @Test
    void theSchoolAndTheOrganiserAreSentASummaryOfEachReport() throws Exception {
        Scene s = reported();
        assertEquals(
                2,
                Mailbox.await(mail, s.contact(), 2, Mailbox.subjectContains("بەشداری"), WAIT)
                        .size(),
                "the school gets a summary of each report, in Sorani");
        var summary =
                Mailbox.await(
                        mail, s.organiser(), 1, Mailbox.subjectContains("Participation at"), WAIT);
        assertTrue(
                Mailbox.part(summary.get(0), "text/plain").contains("students took part"),
                () -> Mailbox.part(summary.get(0), "text/plain"));
    }

    @Test
    void theWeeklyDigestCarriesTheCampaignSummaryToItsOwnForumOnly() throws Exception {
        Scene s = reported();
        assertEquals(200, admin.post("/api/outbox/digests", null).status());
        String name = admin.get("/api/campaigns/" + s.campaign()).json().get("name").asText();
        var digest =
                Mailbox.await(
                        mail,
                        s.organiser(),
                        1,
                        Mailbox.subjectContains("Weekly digest: " + name),
                        WAIT);
        assertEquals(1, digest.size(), "one digest of the campaign");
        String digestText = Mailbox.part(digest.get(0), "text/plain");
        assertTrue(
                digestText.contains(SENTENCE)
                        && digestText.contains("Students reached at those visits: 66 (19 girls)"),
                digestText);
        JsonNode notTheirs = admin.get("/api/outbox?recipient=" + s.elsewhere()).json();
        assertEquals(
                0,
                notTheirs.get("total").asInt(),
                "an organiser of another forum gets neither: " + notTheirs);
    }

    private long visit(long campaign, long school, int day, long volunteer, Long lesson) {
        ObjectNode body =
                fixtures.visitBody(campaign, school, Fixtures.future(day, 9), 90, volunteer);
        if (lesson != null) {
            body.putArray("materialIds").add(lesson);
        }
        return Fixtures.created(admin.post("/api/visits", body));
    }

    private static ObjectNode report(int girls, int boys, int teachers, int sessions) {
        return Api.object()
                .put("girls", girls)
                .put("boys", boys)
                .put("teachers", teachers)
                .put("sessions", sessions);
    }

    private static ObjectNode grade(String grade, int girls, int boys) {
        return Api.object().put("grade", grade).put("girls", girls).put("boys", boys);
    }

    private static ObjectNode quiz(
            String name,
            Integer prePupils,
            List<Integer> pre,
            Integer postPupils,
            List<Integer> post) {
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

    /**
     * Keeps a report under target/reports for a person to look at; the assertions read its text.
     */
    private static void keep(String name, byte[] body) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), body);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /**
     * Issue 18: a phone sends what it kept offline under an Idempotency-Key; sent twice (an answer
     * lost on the way), it is recorded once.
     */
    @Test
    void aReportSentTwiceUnderOneKeyIsRecordedOnce() {
        Fixtures.Login login = fixtures.volunteerLogin("en");
        long visit =
                Fixtures.created(
                        admin.post(
                                "/api/visits",
                                fixtures.visitBody(
                                        fixtures.campaign(),
                                        fixtures.school(),
                                        Fixtures.future(1, 9),
                                        60,
                                        login.volunteerId())));
        moveClock("P2D");
        Api volunteer = api.as(login.email(), Fixtures.VOLUNTEER_PASSWORD);
        String path = "/api/visits/" + visit + "/participation";
        var body = Api.object().put("girls", 10).put("boys", 12).put("teachers", 1);
        Api keyed = volunteer.with("Idempotency-Key", "phone-report-1");
        assertEquals(200, keyed.post(path, body).status());
        var again = keyed.post(path, body.put("girls", 99));
        assertEquals(200, again.status(), again::toString);
        assertEquals(10, again.json().get("girls").asInt(), "the first one stands");
        assertEquals(1, admin.get(path + "/history").json().size());

        assertEquals(
                200, volunteer.with("Idempotency-Key", "phone-report-2").post(path, body).status());
        assertEquals(2, admin.get(path + "/history").json().size(), "another key is a correction");
        var bad = volunteer.with("Idempotency-Key", "no spaces, please").post(path, body);
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(2, admin.get(path + "/history").json().size(), "a refused one writes nothing");
    }

    /**
     * Issue 18: a school contact who prefers texts hears of the report by text, in their language
     * (the local SMSC on SMPP_PORT reads it back from the PDUs), and by no email.
     */
    @Test
    void theSchoolHearsOfTheReportByTextWhenItPrefersTexts() throws Exception {
        try (LocalSmsc smsc = new LocalSmsc(2776).start()) {
            ObjectNode schoolBody = fixtures.schoolBody();
            ((ObjectNode) schoolBody.get("contacts").get(0))
                    .put(
                            "mobile",
                            "0750 555 0" + String.format("%03d", (int) (Math.random() * 1000)))
                    .put("channel", "sms")
                    .put("language", "ar");
            JsonNode school = Fixtures.createdJson(admin.post("/api/schools", schoolBody));
            String mobile = school.get("contacts").get(0).get("mobile").asText();
            long volunteer = fixtures.volunteer();
            long visit =
                    Fixtures.created(
                            admin.post(
                                    "/api/visits",
                                    fixtures.visitBody(
                                            fixtures.campaign(),
                                            school.get("id").asLong(),
                                            Fixtures.future(1, 10),
                                            60,
                                            volunteer)));
            smsc.await(t -> t.to().equals(mobile) && t.text().startsWith("زيارة توعية"), WAIT);
            moveClock("P2D");
            assertEquals(
                    200,
                    admin.post(
                                    "/api/visits/" + visit + "/participation",
                                    Api.object()
                                            .put("girls", 14)
                                            .put("boys", 16)
                                            .put("teachers", 2))
                            .status());
            LocalSmsc.Text summary =
                    smsc.await(
                            t -> t.to().equals(mobile) && t.text().startsWith("سُجّل التقرير"),
                            WAIT);
            assertTrue(summary.text().contains("شارك 30"), summary.text());
            String email = school.get("contacts").get(0).get("email").asText();
            for (JsonNode message :
                    admin.get("/api/outbox?visitId=" + visit + "&size=50").json().get("items")) {
                assertTrue(
                        !(message.get("recipient").asText().equals(email)
                                && message.get("channel").asText().equals("email")),
                        "no email to a contact who chose texts only: " + message);
            }
        }
    }
}
