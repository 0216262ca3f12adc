package iq.cpf.awareness.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Pdfs;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.school.entity.Contact;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The parents' letter (issue 17, part 3): only for sensitive topics, in the school's teaching
 * language (else its first contact's), one page, naming the campaign, and telling of a police
 * officer only when one is on the team.
 */
class ConsentLettersTest {

    private final ConsentLetters letters = new ConsentLetters();

    ConsentLettersTest() {
        letters.templates = new Templates();
        letters.pdfs = new Pdfs();
    }

    @Test
    void aSensitiveTopicsVisitHasALetterInTheSchoolsTeachingLanguage() throws Exception {
        Visit visit = visit(true, Language.CKB, false);
        Draft.Attachment letter = letters.forVisit(visit).orElseThrow();
        assertEquals("application/pdf", letter.contentType());
        assertTrue(letter.fileName().endsWith("-ckb.pdf"), letter.fileName());
        String text = text(letter.content());
        assertTrue(text.contains("Safe schools 2027"), "the campaign is named: " + text);

        visit.getSchool().setTeachingLanguage(null);
        assertTrue(
                letters.forVisit(visit).orElseThrow().fileName().endsWith("-en.pdf"),
                "without a teaching language, the first contact's");
    }

    @Test
    void thePoliceParagraphOnlyWithAnOfficerAndNoLetterOnOtherTopics() throws Exception {
        String without =
                text(letters.forVisit(visit(true, Language.EN, false)).orElseThrow().content());
        String with =
                text(letters.forVisit(visit(true, Language.EN, true)).orElseThrow().content());
        assertTrue(with.contains("in uniform"), with);
        assertTrue(!without.contains("in uniform"), without);
        assertTrue(letters.forVisit(visit(false, Language.EN, true)).isEmpty());
    }

    private static Visit visit(boolean sensitive, Language teaching, boolean police) {
        Topic topic = new Topic("drugs", "Drugs", "المخدرات", "مادە هۆشبەرەکان");
        topic.safeguard(sensitive, false, true);
        Forum forum = new Forum("Khanaqin CPF", "Diyala", "Khanaqin");
        Campaign campaign = new Campaign();
        campaign.setName("Safe schools 2027");
        campaign.setTopic(topic);
        campaign.setForum(forum);
        campaign.setGovernorate("Diyala");
        campaign.setTimeZone("Asia/Baghdad");
        campaign.setStartDate(LocalDate.of(2027, 2, 1));
        campaign.setEndDate(LocalDate.of(2027, 4, 1));
        School school = new School();
        school.setName("إعدادية خانقين");
        school.setNameLatin("Khanaqin Prep");
        school.setGovernorate("Diyala");
        school.setDistrict("Khanaqin");
        school.setTeachingLanguage(teaching);
        school.getContacts().add(new Contact("Head", "head@school.example", null, Language.EN));
        Visit visit =
                new Visit(
                        campaign,
                        school,
                        Instant.parse("2027-02-09T07:00:00Z"),
                        60,
                        Instant.parse("2027-01-01T00:00:00Z"));
        Volunteer lead = new Volunteer();
        lead.setName("Laila Hassan");
        Volunteer partner = new Volunteer();
        partner.setName("Omar Khalid");
        partner.setPoliceOfficer(police);
        visit.setVolunteers(List.of(lead, partner));
        return visit;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one page to print");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
