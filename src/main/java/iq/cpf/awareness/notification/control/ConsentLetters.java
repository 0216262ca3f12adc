package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.forum.entity.ForumContact;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Pdfs;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.school.entity.Contact;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The letter for parents that goes to the school with the invitation to a visit on a sensitive
 * topic (drugs, harassment): what the lesson is, when, who gives it and how, and a slip to return
 * for a child who is not to take part. In the language the school teaches in, so that the school
 * can print and hand it out as it is; a PDF, right-to-left for Arabic and Sorani.
 */
@ApplicationScoped
public class ConsentLetters {

    static final String TYPE = "application/pdf";

    @Inject Templates templates;
    @Inject Pdfs pdfs;

    /** The letter for this visit, if its topic is a sensitive one. */
    public Optional<Draft.Attachment> forVisit(Visit visit) {
        if (!visit.getCampaign().getTopic().isSensitive()) {
            return Optional.empty();
        }
        Language language = language(visit.getSchool());
        byte[] pdf = pdfs.print(html(visit, language), language);
        return Optional.of(new Draft.Attachment(fileName(visit, language), TYPE, pdf));
    }

    /** The school's teaching language, else that of its first contact, else Arabic. */
    static Language language(School school) {
        if (school.getTeachingLanguage() != null) {
            return school.getTeachingLanguage();
        }
        return school.getContacts().stream()
                .map(Contact::getLanguage)
                .findFirst()
                .orElse(Language.AR);
    }

    private String html(Visit visit, Language language) {
        ZoneId zone = visit.getCampaign().zone();
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.formatting());
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm", language.formatting());
        ForumContact forum = visit.getCampaign().getForum().contact();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.dir());
        model.put("topic", visit.getCampaign().getTopic().name(language));
        model.put("campaign", visit.getCampaign().getName());
        model.put("school", visit.getSchool().getName());
        model.put("date", day.format(visit.getStart().atZone(zone)));
        model.put(
                "time",
                hours.format(visit.getStart().atZone(zone))
                        + "–"
                        + hours.format(visit.getEnd().atZone(zone)));
        model.put("forum", forum.name());
        model.put("phone", forum.phone() == null ? "" : forum.phone());
        model.put("email", forum.email() == null ? "" : forum.email());
        model.put("lead", visit.lead() == null ? "" : visit.lead().getName());
        model.put("police", visit.getVolunteers().stream().anyMatch(Volunteer::isPoliceOfficer));
        return templates.page("consent", language.locale(), model);
    }

    /** ASCII only, as some mail programs still mangle other names. */
    private static String fileName(Visit visit, Language language) {
        return "consent-letter-visit-" + visit.getId() + "-" + language.code() + ".pdf";
    }
}
