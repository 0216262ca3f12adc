package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.support.Api;
import iq.cpf.awareness.support.ApplicationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Importing a school directory from a spreadsheet: Arabic names, all or nothing, every bad line
 * named.
 */
class SchoolImportIT extends ApplicationTest {

    static final String HEADER =
            "name,nameLatin,governorate,district,level,type,students,contactName,contactEmail,contactPhone,contactLanguage\n";

    private long count(String query) {
        return admin.get("/api/schools?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void aSpreadsheetWithArabicNamesIsImported() {
        String tag = Api.unique("م");
        String csv =
                "\uFEFF"
                        + HEADER
                        + "ابتدائية الرافدين "
                        + tag
                        + ",Al-Rafidain Primary,Diyala,Khanaqin,primary,mixed,320,سعاد كريم,"
                        + Api.unique("head")
                        + "@school.example,+964 770 000 0000,ar\n"
                        + "\"متوسطة السلام، "
                        + tag
                        + "\",,Diyala,Baquba,intermediate,girls,,کاروان,"
                        + Api.unique("head")
                        + "@school.example,,ckb\n";
        Api.Reply reply = admin.postText("/api/schools/import", "text/csv; charset=UTF-8", csv);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(2, reply.json().get("imported").asInt());
        assertEquals(2, count(tag));
        var school =
                admin.get(
                                "/api/schools?q="
                                        + URLEncoder.encode(
                                                "الرافدين " + tag, StandardCharsets.UTF_8))
                        .json()
                        .get("items")
                        .get(0);
        assertEquals("primary", school.get("level").asText());
        assertEquals("ar", school.get("contacts").get(0).get("language").asText());
    }

    @Test
    void oneBadLineRefusesTheWholeFileNamingEachBadLine() {
        String tag = Api.unique("bad");
        String csv =
                HEADER
                        + "Good school "
                        + tag
                        + ",,Diyala,Khanaqin,primary,boys,100,Head,good@school.example,,en\n"
                        + "Bad level "
                        + tag
                        + ",,Diyala,Khanaqin,college,boys,100,Head,bad@school.example,,en\n"
                        + ","
                        + ",Diyala,Khanaqin,primary,boys,many,A contact,not-an-email,,ar\n";
        Api.Reply reply = admin.postText("/api/schools/import", "text/csv", csv);
        assertEquals(400, reply.status(), reply::toString);
        Map<String, String> violations = reply.violations();
        assertTrue(violations.containsKey("line 3: level"), violations::toString);
        assertTrue(violations.containsKey("line 4: students"), violations::toString);
        assertTrue(violations.containsKey("line 4: name"), violations::toString);
        assertTrue(
                violations.keySet().stream().anyMatch(k -> k.startsWith("line 4: contacts")),
                violations::toString);
        assertTrue(
                violations.keySet().stream().noneMatch(k -> k.startsWith("line 2")),
                violations::toString);
        assertEquals(0, count(tag), "nothing of the file was imported");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefused() {
        Api.Reply reply = admin.postText("/api/schools/import", "text/csv", "name,district\nA,B\n");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.violations().get("file").contains("governorate"), reply::toString);
    }
}
