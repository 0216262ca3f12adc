package iq.cpf.awareness.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.forum.entity.ForumContact;
import iq.cpf.awareness.notification.control.AccountMails.ResetMail;
import iq.cpf.awareness.notification.control.VisitMails.Lesson;
import iq.cpf.awareness.notification.control.VisitMails.Link;
import iq.cpf.awareness.notification.control.VisitMails.VisitMail;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed records of the emails fill their templates, nested records and lists included. */
class MailTemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void aResetMailCarriesItsLinkInTheReadersDirection() {
        var english =
                templates.render(
                        "reset",
                        Language.EN.locale(),
                        new ResetMail("Ali", "https://cpf.example/r?t=1"));
        assertTrue(english.html().contains("dir=\"ltr\""), english.html());
        assertTrue(english.html().contains("https://cpf.example/r?t=1"), english.html());
        assertTrue(english.text().contains("https://cpf.example/r?t=1"), english.text());
        var sorani =
                templates.render(
                        "reset",
                        Language.CKB.locale(),
                        new ResetMail("Ali", "https://cpf.example/r?t=1"));
        assertTrue(sorani.html().contains("lang=\"ckb\" dir=\"rtl\""), sorani.html());
    }

    @Test
    void aVisitMailListsItsLinksAndLessons() {
        VisitMail mail =
                new VisitMail(
                        "invitation",
                        true,
                        "Head teacher",
                        "Safe online",
                        "Internet misuse",
                        "Al-Mansour Secondary",
                        "",
                        "Karkh, Baghdad",
                        "Monday 7 December 2026",
                        "09:00–10:30",
                        "Asia/Baghdad",
                        "Sunday 6 December 2026, 09:00",
                        "90 minutes",
                        "Zainab",
                        List.of("Zainab", "Omar"),
                        120,
                        List.of(
                                new Link(
                                        "Confirm the visit",
                                        "https://cpf.example/l/confirm",
                                        "CONFIRM")),
                        "",
                        List.of(
                                new Lesson(
                                        "Staying safe online", "https://cpf.example/l/materials")),
                        new ForumContact("Karkh CPF", "+964 770 000 1234", "karkh.cpf@example.org"),
                        true);
        var bodies = templates.render("visit", Language.EN.locale(), mail);
        assertTrue(
                bodies.html()
                        .contains("href=\"https://cpf.example/l/confirm\">Confirm the visit</a>"),
                bodies.html());
        assertTrue(bodies.html().contains("Staying safe online"), bodies.html());
        assertTrue(bodies.text().contains("The letter for parents"), bodies.text());
        assertTrue(
                bodies.text().contains("Moved from: Sunday 6 December 2026, 09:00"), bodies.text());
        assertTrue(bodies.text().contains("https://cpf.example/l/confirm"), bodies.text());
        assertTrue(
                bodies.text()
                        .contains(
                                "Questions? Please contact Karkh CPF.\nPhone: +964 770 000 1234\n"
                                        + "Email: karkh.cpf@example.org"),
                bodies.text());
        assertTrue(
                bodies.html().contains("<span id=\"forum-phone\" dir=\"ltr\">+964 770 000 1234")
                        && bodies.html().contains("href=\"mailto:karkh.cpf@example.org\""),
                bodies.html());
    }

    @Test
    void aForumWithoutPhoneOrEmailIsStillNamedAndAMailAboutNoForumIsNot() {
        Digests.DigestMail list =
                new Digests.DigestMail(
                        "volunteer",
                        "Zainab",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        "https://cpf.example/unsubscribe",
                        new ForumContact("منتدى كرخ", null, null));
        var arabic = templates.render("digest", Language.AR.locale(), list);
        assertTrue(arabic.text().contains("منتدى كرخ"), arabic.text());
        assertFalse(arabic.html().contains("forum-phone"), arabic.html());
        assertFalse(arabic.html().contains("mailto:"), arabic.html());
        var reset =
                templates.render(
                        "reset",
                        Language.EN.locale(),
                        new ResetMail("Ali", "https://cpf.example/r"));
        assertFalse(reset.html().contains("forum-contact"), reset.html());
        assertTrue(reset.text().contains("Please do not reply"), reset.text());
    }
}
