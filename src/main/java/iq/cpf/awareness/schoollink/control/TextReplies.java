package iq.cpf.awareness.schoollink.control;

import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.outbox.control.TextDraft;
import iq.cpf.awareness.outbox.control.Texter.TextReceived;
import iq.cpf.awareness.outbox.entity.OutboxMessage;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Phones;
import iq.cpf.awareness.schoollink.entity.TextReply;
import iq.cpf.awareness.schoollink.entity.TextReply.Action;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitRequest;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Texts people send back: {@code 1} confirms the visit of the latest text sent to their number,
 * {@code 2} asks for another date (the forum is told, as by the email's link), {@code STOP} stops
 * every text not essential to a booked visit and {@code START} resumes them, in Latin, Arabic and
 * Sorani words, and digits in Arabic-Indic too. Anything else is answered with a short help text
 * (at most three an hour to a number, so that an auto-responder cannot start a conversation with
 * us). Every reply is kept with the visit it was taken to be about.
 */
@ApplicationScoped
@Transactional
public class TextReplies {

    private static final Logger LOG = Logger.getLogger(TextReplies.class);

    private static final Set<String> STOP =
            Set.of("STOP", "قف", "توقف", "ايقاف", "الغاء الاشتراك", "وەستان", "ڕاگرتن", "بوەستە");
    private static final Set<String> START =
            Set.of("START", "ابدا", "بدء", "استئناف", "دەستپێکردن", "دەستپێبکە", "دەستپێکردنەوە");

    @PersistenceContext EntityManager em;
    @Inject Outbox outbox;
    @Inject Visits visits;
    @Inject Clock clock;

    void on(@Observes TextReceived received) {
        try {
            handle(received.phone(), received.text());
        } catch (RuntimeException e) {
            LOG.warnf("A text from %s could not be handled: %s", received.phone(), e.getMessage());
        }
    }

    /**
     * An erased person's replies go with them: found through the numbers the outbox texted them at,
     * before the outbox forgets those numbers (this observer comes first).
     */
    void onErased(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) Erased erased) {
        em.createQuery(
                        """
                        delete from TextReply r where r.phone in (select m.recipientPhone from OutboxMessage m
                        where lower(m.recipientEmail) = :email and m.recipientPhone is not null)""")
                .setParameter("email", erased.email().toLowerCase(Locale.ROOT))
                .executeUpdate();
    }

    /** Takes the text for what it says, acts on it, answers it; says what it was taken for. */
    public Action handle(String phone, String body) {
        String number = Phones.mobile(phone).orElse(phone);
        String word = word(body);
        Optional<OutboxMessage> last = latestTo(number);
        Language language = last.map(OutboxMessage::getLanguage).orElse(Language.AR);
        Locale locale = language.locale();
        Optional<Visit> visit =
                last.map(OutboxMessage::getVisitId)
                        .flatMap(id -> Optional.ofNullable(em.find(Visit.class, id)));
        Action action;
        String answer;
        if (STOP.contains(word)) {
            outbox.stop(number);
            action = Action.STOP;
            answer = Messages.get(locale, "sms.reply.stopped");
        } else if (START.contains(word)) {
            outbox.start(number);
            action = Action.START;
            answer = Messages.get(locale, "sms.reply.started");
        } else if (("1".equals(word) || "2".equals(word)) && visit.filter(this::open).isPresent()) {
            Visit about = visit.get();
            String day =
                    DateTimeFormatter.ofPattern("EEE d MMM", language.formatting())
                            .format(about.getStart().atZone(about.getCampaign().zone()));
            if ("1".equals(word)) {
                visits.confirm(about.getId());
                action = Action.CONFIRM;
                answer =
                        Messages.get(
                                locale, "sms.reply.confirmed", about.getSchool().getName(), day);
            } else {
                action = Action.RESCHEDULE;
                answer = Messages.get(locale, "sms.reply.reschedule", about.getSchool().getName());
            }
            em.persist(
                    new VisitRequest(
                            about.getId(),
                            action.name(),
                            last.get().getRecipientEmail(),
                            null,
                            "SMS: " + body.strip(),
                            clock.instant()));
        } else {
            action = Action.HELP;
            answer = helpAllowed(number) ? Messages.get(locale, "sms.reply.help") : null;
        }
        TextReply reply =
                new TextReply(
                        number,
                        body.strip(),
                        action,
                        visit.map(Visit::getId).orElse(null),
                        clock.instant());
        em.persist(reply);
        em.flush();
        if (answer != null && last.isPresent()) {
            OutboxMessage to = last.get();
            outbox.enqueue(
                    new TextDraft(
                            Draft.key("sms-reply", "sms:" + number, "reply:" + reply.getId(), 1),
                            "sms-reply",
                            to.getRecipientEmail(),
                            to.getRecipientName(),
                            number,
                            language,
                            answer,
                            to.getVisitId(),
                            to.getCampaignId(),
                            to.getSenderName(),
                            true));
        }
        return action;
    }

    /** A visit a school can still confirm or move: ahead, planned or confirmed. */
    private boolean open(Visit visit) {
        return (visit.getStatus() == VisitStatus.PLANNED
                        || visit.getStatus() == VisitStatus.CONFIRMED)
                && visit.getStart().isAfter(clock.instant());
    }

    private boolean helpAllowed(String number) {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        return em.createQuery(
                                "select count(r) from TextReply r where r.phone = :phone and r.action = :help and r.receivedAt > :since",
                                Long.class)
                        .setParameter("phone", number)
                        .setParameter("help", Action.HELP)
                        .setParameter("since", hourAgo)
                        .getSingleResult()
                < 3;
    }

    private Optional<OutboxMessage> latestTo(String number) {
        return em.createQuery(
                        "select m from OutboxMessage m where m.recipientPhone = :phone and m.channel = :sms and m.visitId is not null order by m.id desc",
                        OutboxMessage.class)
                .setParameter("phone", number)
                .setParameter("sms", Channel.SMS)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The reply as one word: digits in ASCII, Latin letters in capitals, Arabic letters without
     * diacritics or tatweel and with one alef, punctuation and spaces at the ends gone.
     */
    static String word(String body) {
        String text = Phones.latinDigits(Normalizer.normalize(body, Normalizer.Form.NFKC));
        text = text.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
        text = text.replaceAll("[أإآ]", "ا");
        text = text.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
        return text.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
