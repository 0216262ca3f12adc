package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.participation.control.SummaryExports;
import iq.cpf.awareness.participation.entity.ClassQuiz;
import iq.cpf.awareness.participation.entity.Participation;
import iq.cpf.awareness.participation.entity.ParticipationRecorded;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The participation summary: once a visit's participation is recorded (or corrected), its school
 * contacts and the organisers get what was reported and the campaign's figures so far, each in
 * their own language. Queued in the transaction of the report, under a key per report revision and
 * recipient, so each is sent once.
 */
@ApplicationScoped
public class ParticipationMails {

    static final String EVENT = "participation-summary";

    @PersistenceContext EntityManager em;
    @Inject Outbox outbox;
    @Inject Templates templates;
    @Inject Participations participations;
    @Inject Summaries summaries;
    @Inject Users users;

    void on(@Observes ParticipationRecorded recorded) {
        Visit visit = em.find(Visit.class, recorded.visitId());
        Participation participation = participations.of(recorded.visitId()).orElseThrow();
        List<VisitMails.Recipient> recipients = new ArrayList<>();
        visit.getSchool().getContacts().forEach(c -> recipients.add(VisitMails.Recipient.of(c)));
        users.organisers(visit.getCampaign().getForum())
                .forEach(
                        u ->
                                recipients.add(
                                        new VisitMails.Recipient(
                                                u.getEmail(),
                                                u.getName(),
                                                u.getLanguage(),
                                                false)));
        Summary soFar =
                summaries.of(Scope.campaign(visit.getCampaign().getId(), null, null), Language.EN);
        for (VisitMails.Recipient recipient : recipients) {
            String key =
                    Draft.key(
                            EVENT,
                            recipient.email(),
                            "visit:" + visit.getId(),
                            "rev:" + recorded.revision());
            if (outbox.queued(key)) {
                continue;
            }
            Language language = recipient.language();
            Locale locale = language.locale();
            String date =
                    DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                            .format(visit.getStart().atZone(visit.getCampaign().zone()));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("lang", language.code());
            model.put("dir", language.dir());
            model.put("name", recipient.name());
            model.put("school", visit.getSchool().getName());
            model.put("date", date);
            model.put(
                    "revision",
                    recorded.revision() > 1 ? String.valueOf(recorded.revision()) : null);
            model.put(
                    "students", String.valueOf(participation.getGirls() + participation.getBoys()));
            model.put("girls", String.valueOf(participation.getGirls()));
            model.put("boys", String.valueOf(participation.getBoys()));
            model.put("teachers", String.valueOf(participation.getTeachers()));
            model.put("sessions", String.valueOf(participation.getSessions()));
            model.put("grades", participation.getGrades());
            model.put("notes", participation.getNotes());
            quiz(participation, model);
            model.put("campaign", Summaries.sentence(language, soFar));
            model.put("campaignName", visit.getCampaign().getName());
            outbox.enqueue(
                    new Draft(
                            key,
                            EVENT,
                            recipient.email(),
                            recipient.name(),
                            language,
                            Messages.get(
                                    locale,
                                    "mail.summary.subject",
                                    visit.getSchool().getName(),
                                    date),
                            templates.render("summary", locale, model),
                            null,
                            null,
                            visit.getId(),
                            visit.getCampaign().getId(),
                            null));
        }
    }

    /**
     * The visit's own quiz result: correct answers before and after over its classes that ran both.
     */
    private static void quiz(Participation participation, Map<String, Object> model) {
        long preCorrect = 0;
        long preAnswers = 0;
        long postCorrect = 0;
        long postAnswers = 0;
        int classes = 0;
        for (ClassQuiz quiz : participation.getQuizzes()) {
            if (quiz.paired()) {
                classes++;
                preCorrect += quiz.preCorrectTotal();
                postCorrect += quiz.postCorrectTotal();
                preAnswers += quiz.preAnswers();
                postAnswers += quiz.postAnswers();
            }
        }
        if (classes > 0) {
            model.put("quizClasses", String.valueOf(classes));
            model.put("quizPre", SummaryExports.share((double) preCorrect / preAnswers));
            model.put("quizPost", SummaryExports.share((double) postCorrect / postAnswers));
        }
    }
}
