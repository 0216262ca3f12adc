package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.forum.entity.ForumContact;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.control.TextDraft;
import iq.cpf.awareness.outbox.control.Texter;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.participation.control.SummaryExports;
import iq.cpf.awareness.participation.entity.ClassQuiz;
import iq.cpf.awareness.participation.entity.GradeCount;
import iq.cpf.awareness.participation.entity.Participation;
import iq.cpf.awareness.participation.entity.ParticipationRecorded;
import iq.cpf.awareness.platform.Channel;
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
import java.util.List;
import java.util.Locale;

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
    @Inject Texter texter;

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
                                                false,
                                                null,
                                                Channel.EMAIL)));
        Summary soFar =
                summaries.of(Scope.campaign(visit.getCampaign().getId(), null, null), Language.EN);
        for (VisitMails.Recipient recipient : recipients) {
            boolean texted = recipient.texted(texter);
            if (texted) {
                text(visit, participation, recipient, recorded.revision());
            }
            if (!recipient.emailed(texted)) {
                continue;
            }
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
                    DateTimeFormatter.ofPattern("d MMMM yyyy", Language.of(locale).formatting())
                            .format(visit.getStart().atZone(visit.getCampaign().zone()));
            Quiz quiz = quiz(participation);
            SummaryMail mail =
                    new SummaryMail(
                            recipient.name(),
                            visit.getSchool().getName(),
                            date,
                            recorded.revision() > 1 ? String.valueOf(recorded.revision()) : null,
                            String.valueOf(participation.getGirls() + participation.getBoys()),
                            String.valueOf(participation.getGirls()),
                            String.valueOf(participation.getBoys()),
                            String.valueOf(participation.getTeachers()),
                            String.valueOf(participation.getSessions()),
                            participation.getGrades(),
                            participation.getNotes(),
                            quiz == null ? null : quiz.classes(),
                            quiz == null ? null : quiz.pre(),
                            quiz == null ? null : quiz.post(),
                            Summaries.sentence(language, soFar),
                            visit.getCampaign().getName(),
                            visit.getCampaign().getForum().contact());
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
                            templates.render("summary", locale, mail),
                            null,
                            null,
                            visit.getId(),
                            visit.getCampaign().getId(),
                            null,
                            mail.forum().name()));
        }
    }

    /** The summary notice as a text: the school's figures, in the contact's language. */
    private void text(
            Visit visit,
            Participation participation,
            VisitMails.Recipient recipient,
            int revision) {
        String key =
                Draft.key(
                        EVENT,
                        "sms:" + recipient.mobile(),
                        "visit:" + visit.getId(),
                        "rev:" + revision);
        if (outbox.queued(key)) {
            return;
        }
        Locale locale = recipient.language().locale();
        String date =
                DateTimeFormatter.ofPattern("d MMM", recipient.language().formatting())
                        .format(visit.getStart().atZone(visit.getCampaign().zone()));
        outbox.enqueue(
                new TextDraft(
                        key,
                        EVENT,
                        recipient.address(),
                        recipient.name(),
                        recipient.mobile(),
                        recipient.language(),
                        Messages.get(
                                locale,
                                "sms.summary",
                                visit.getSchool().getName(),
                                date,
                                String.valueOf(participation.getGirls() + participation.getBoys()),
                                String.valueOf(participation.getGirls()),
                                String.valueOf(participation.getBoys())),
                        visit.getId(),
                        visit.getCampaign().getId(),
                        visit.getCampaign().getForum().contact().name(),
                        false));
    }

    /**
     * What the participation summary email says; the quiz figures only when classes ran the quiz
     * before and after.
     */
    public record SummaryMail(
            String name,
            String school,
            String date,
            String revision,
            String students,
            String girls,
            String boys,
            String teachers,
            String sessions,
            List<GradeCount> grades,
            String notes,
            String quizClasses,
            String quizPre,
            String quizPost,
            String campaign,
            String campaignName,
            ForumContact forum) {}

    private record Quiz(String classes, String pre, String post) {}

    /**
     * The visit's own quiz result: correct answers before and after over its classes that ran both.
     */
    private static Quiz quiz(Participation participation) {
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
        return classes == 0
                ? null
                : new Quiz(
                        String.valueOf(classes),
                        SummaryExports.share((double) preCorrect / preAnswers),
                        SummaryExports.share((double) postCorrect / postAnswers));
    }
}
