package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import iq.cpf.awareness.support.Fixtures;
import iq.cpf.awareness.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The materials library over REST: the curated library as imported, approval rules, uploads with
 * every kind of refusal and an exact round trip, sanitised lesson HTML, and the materials reaching
 * a school through its link.
 */
class MaterialsIT extends ApplicationTest {

    @RegisterExtension static GreenMailExtension mail = Mailbox.server();

    /**
     * The IT server's UPLOAD_MAX_BYTES (pom.xml), small so that the oversized upload stays cheap.
     */
    static final int LIMIT = 1024 * 1024;

    static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG =
            HexFormat.of()
                    .parseHex(
                            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100"
                                    + "05fe02fea70000000049454e44ae426082");

    private ObjectNode lesson(String title, String markdown) {
        ObjectNode body = Api.object().put("topic", "drugs").put("ageBand", "secondary");
        ObjectNode text =
                body.putArray("texts")
                        .addObject()
                        .put("language", "en")
                        .put("title", title)
                        .put("durationMinutes", 45)
                        .put("markdown", markdown);
        text.putArray("quiz")
                .addObject()
                .put("question", "Q1")
                .put("answer", 2)
                .putArray("choices")
                .add("a")
                .add("b")
                .add("c");
        return body;
    }

    private long draft(String title) {
        return Fixtures.created(
                admin.post("/api/materials", lesson(title, "## Objectives\n\nSay no.")));
    }

    private Api.Reply upload(long material, String name, byte[] content) {
        return admin.upload(
                "/api/materials/" + material + "/files",
                "file",
                name,
                "application/octet-stream",
                content);
    }

    private int files(long material) {
        return admin.get("/api/materials/" + material).json().get("files").size();
    }

    @Test
    void theCuratedLibraryIsImportedApprovedInEveryAgeBand() {
        JsonNode page = admin.get("/api/materials?topic=drugs&state=approved&size=50").json();
        List<String> slugs = page.get("items").findValuesAsText("slug");
        assertTrue(
                slugs.containsAll(
                        List.of("drugs-primary", "drugs-intermediate", "drugs-secondary")),
                slugs::toString);
        JsonNode primary =
                admin.get("/api/materials?topic=drugs&ageBand=primary&language=ar")
                        .json()
                        .get("items")
                        .get(0);
        assertEquals(1, primary.get("approvedVersion").asInt(), primary::toString);
        assertTrue(
                primary.get("titles").has("ar") && primary.get("titles").has("en"),
                primary::toString);
        JsonNode version =
                admin.get("/api/materials/" + primary.get("id").asLong() + "/versions/1").json();
        JsonNode english = version.get("texts").findParent("title");
        assertTrue(version.get("texts").size() >= 2);
        assertTrue(english.get("quiz").size() >= 5, english::toString);
        assertTrue(english.get("html").asText().contains("<h2>"), english::toString);
        assertTrue(
                admin.get("/api/materials?ageBand=primary&state=approved")
                                .json()
                                .get("total")
                                .asInt()
                        >= 3);
    }

    @Test
    void onlyApprovedVersionsGoToVisitsAndAVisitKeepsTheVersionItWasGiven() {
        long material = draft(Api.unique("Lesson"));
        long campaign = fixtures.campaign();
        ObjectNode visit =
                fixtures.visitBody(
                        campaign,
                        fixtures.school(),
                        Fixtures.future(40, 9),
                        60,
                        fixtures.volunteer());
        visit.putArray("materialIds").add(material);
        Api.Reply refused = admin.post("/api/visits", visit);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.violations().containsKey("materialIds[0]"), refused::toString);

        String volunteer = fixtures.volunteerLogin().email();
        assertEquals(
                403,
                api.as(volunteer, Fixtures.VOLUNTEER_PASSWORD)
                        .post("/api/materials/" + material + "/versions/1/approve", null)
                        .status());
        assertEquals(
                403,
                api.as(volunteer, Fixtures.VOLUNTEER_PASSWORD)
                        .post("/api/materials", lesson("x", "y"))
                        .status());

        JsonNode approved =
                admin.post("/api/materials/" + material + "/versions/1/approve", null).json();
        assertEquals(1, approved.get("approvedVersion").asInt());
        JsonNode scheduled = Fixtures.createdJson(admin.post("/api/visits", visit));
        assertEquals(
                1, scheduled.get("materials").get(0).get("version").asInt(), scheduled::toString);

        Api.Reply revised =
                admin.put(
                        "/api/materials/" + material,
                        lesson("Second", "## Objectives\n\nSay no twice."));
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(
                1,
                revised.json().get("approvedVersion").asInt(),
                "an edit is a draft until approved");
        assertEquals(2, revised.json().get("latestVersion").asInt());
        JsonNode second =
                admin.post("/api/materials/" + material + "/versions/2/approve", null).json();
        assertEquals(2, second.get("approvedVersion").asInt());
        assertEquals(
                "retired", second.get("versions").get(0).get("state").asText(), second::toString);

        JsonNode kept = admin.get("/api/visits/" + scheduled.get("id").asLong()).json();
        assertEquals(
                1,
                kept.get("materials").get(0).get("version").asInt(),
                "the visit keeps version 1");
        ObjectNode another =
                fixtures.visitBody(
                        campaign,
                        fixtures.school(),
                        Fixtures.future(41, 9),
                        60,
                        fixtures.volunteer());
        another.putArray("materialIds").add(material);
        assertEquals(
                2,
                Fixtures.createdJson(admin.post("/api/visits", another))
                        .get("materials")
                        .get(0)
                        .get("version")
                        .asInt());

        admin.post("/api/materials/" + material + "/versions/2/retire", null);
        ObjectNode third =
                fixtures.visitBody(
                        campaign,
                        fixtures.school(),
                        Fixtures.future(42, 9),
                        60,
                        fixtures.volunteer());
        third.putArray("materialIds").add(material);
        assertEquals(
                400,
                admin.post("/api/visits", third).status(),
                "a retired lesson goes to no new visit");
    }

    @Test
    void anUploadComesBackByteForByteWithItsTypeAndASafeName() throws Exception {
        long material = draft(Api.unique("Files"));
        Api.Reply reply = upload(material, "../../etc/دليل المدرّس\u202Eexe.pdf", PDF);
        assertEquals(201, reply.status(), reply::toString);
        JsonNode file = reply.json();
        assertEquals("application/pdf", file.get("contentType").asText());
        assertEquals(PDF.length, file.get("size").asInt());
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                file.get("sha256").asText());
        String name = file.get("name").asText();
        assertEquals("دليل المدرّسexe.pdf", name);

        HttpResponse<byte[]> download = admin.bytes(file.get("href").asText());
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"),
                disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        Api.Reply png = upload(material, "poster.png", PNG);
        assertEquals("image/png", png.json().get("contentType").asText(), png::toString);
        Api.Reply docx = upload(material, "plan.docx", office("word/document.xml"));
        assertEquals(201, docx.status(), docx::toString);
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.json().get("contentType").asText());
        assertEquals(3, files(material));
    }

    @Test
    void refusedUploadsWriteNothing() throws Exception {
        long material = draft(Api.unique("Refusals"));
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        System.arraycopy(
                "This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII),
                0,
                executable,
                78,
                38);
        Api.Reply exe = upload(material, "lesson.pdf", executable);
        assertEquals(415, exe.status(), exe::toString);
        assertTrue(exe.contentType().startsWith("application/problem+json"), exe::toString);

        assertEquals(
                415,
                upload(
                                material,
                                "notes.pdf",
                                "just text, named like a PDF".getBytes(StandardCharsets.UTF_8))
                        .status());
        assertEquals(
                415,
                upload(material, "slides.docx", office("docProps/app.xml")).status(),
                "a ZIP is not a DOCX");
        assertEquals(
                415,
                upload(
                                material,
                                "page.html",
                                "<html><script>alert(1)</script></html>"
                                        .getBytes(StandardCharsets.UTF_8))
                        .status());

        Api.Reply empty = upload(material, "empty.pdf", new byte[0]);
        assertEquals(400, empty.status(), empty::toString);

        byte[] oversized = new byte[LIMIT + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);
        Api.Reply large = upload(material, "big.pdf", oversized);
        assertEquals(413, large.status(), large::toString);

        Api.Reply missingPart =
                admin.upload(
                        "/api/materials/" + material + "/files",
                        "other",
                        "a.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(400, missingPart.status(), missingPart::toString);
        assertEquals(0, files(material), "no refused upload left a file behind");
    }

    @Test
    void hostileMarkdownIsSanitisedInTheLessonHtml() {
        long material =
                Fixtures.created(
                        admin.post(
                                "/api/materials",
                                lesson(
                                        Api.unique("Hostile"),
                                        "## Safe\n\n<script>alert('x')</script>\n\n[link](javascript:alert(1))\n\n<img src=x onerror=alert(1)>")));
        JsonNode text =
                admin.get("/api/materials/" + material + "/versions/1").json().get("texts").get(0);
        String html = text.get("html").asText();
        assertTrue(html.contains("<h2>Safe</h2>"), html);
        assertFalse(
                html.contains("<script")
                        || html.contains("javascript:")
                        || html.contains("onerror"),
                html);
        assertTrue(
                text.get("markdown").asText().contains("<script>"),
                "the Markdown is kept as written");
    }

    @Test
    void theSchoolGetsTheVisitsLessonsThroughItsMaterialsLink() throws Exception {
        long material = draft(Api.unique("Visit lesson"));
        Fixtures.created(upload(material, "handout.pdf", PDF));
        admin.post("/api/materials/" + material + "/versions/1/approve", null);

        ObjectNode school = fixtures.schoolBody();
        String contact = school.get("contacts").get(0).get("email").asText();
        long schoolId = Fixtures.created(admin.post("/api/schools", school));
        ObjectNode visit =
                fixtures.visitBody(
                        fixtures.campaign(),
                        schoolId,
                        Fixtures.future(43, 10),
                        60,
                        fixtures.volunteer());
        visit.putArray("materialIds").add(material);
        Fixtures.created(admin.post("/api/visits", visit));

        List<MimeMessage> invitations =
                Mailbox.await(mail, contact, 1, m -> true, Duration.ofSeconds(30));
        assertEquals(1, invitations.size());
        String html = Mailbox.part(invitations.get(0), "text/html");
        Matcher lessonLink =
                Pattern.compile("<ul id=\"lessons\">\\s*<li><a href=\"([^\"]+)\">Visit lesson")
                        .matcher(html);
        assertTrue(lessonLink.find(), html);
        String link = lessonLink.group(1).replace("&amp;", "&");
        assertTrue(link.startsWith("http://localhost:8380/links/"), link);

        Api anonymous = api;
        Api.Reply page = anonymous.get(link);
        assertEquals(200, page.status(), page::toString);
        assertTrue(
                page.text().contains("Visit lesson") && page.text().contains("<h2>Objectives</h2>"),
                page.text());
        Matcher fileLink =
                Pattern.compile("href=\"(/links/[^\"]+/files/[0-9]+)\"").matcher(page.text());
        assertTrue(fileLink.find(), page.text());
        HttpResponse<byte[]> download = anonymous.bytes(fileLink.group(1));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals(
                404,
                anonymous
                        .bytes(fileLink.group(1).replaceAll("/files/[0-9]+$", "/files/999999999"))
                        .statusCode());
    }

    /** A minimal Office Open XML container holding {@code part}. */
    private static byte[] office(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
