package iq.cpf.awareness.notification.control;

import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.forum.entity.ForumContact;
import iq.cpf.awareness.outbox.control.Draft;
import iq.cpf.awareness.outbox.control.Outbox;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.participation.control.SummaryExports;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Secrets;
import iq.cpf.awareness.platform.control.Templates;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.security.entity.User;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The weekly digests: to organisers one per active campaign (done last week, coming next week, what
 * is still unconfirmed), to volunteers the list of their visits in the coming week. Each carries a
 * one-click unsubscribe (RFC 8058) that really stops that kind of digest for that address.
 */
@ApplicationScoped
@Transactional
public class Digests {

    public static final String ORGANISERS = "digest-organiser";
    public static final String VOLUNTEERS = "digest-volunteer";
    static final String KEY = "unsubscribe";
    private static final Logger LOG = Logger.getLogger(Digests.class);

    @PersistenceContext EntityManager em;
    @Inject Outbox outbox;
    @Inject Templates templates;
    @Inject Settings settings;
    @Inject Secrets secrets;
    @Inject Clock clock;
    @Inject Summaries summaries;
    @Inject Users users;

    /** This bean through its proxy, so that each digest's method runs in its own transaction. */
    @Inject Digests self;

    /**
     * Queues this week's digests; running it twice in a week queues nothing more. Each campaign's
     * digests and each volunteer's list are queued in a transaction of their own, so one that fails
     * (whatever its data) is logged and skipped while everyone else still gets theirs.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int weekly() {
        Instant now = clock.instant();
        int queued = 0;
        List<Long> campaigns =
                em.createQuery(
                                "select c.id from Campaign c where c.status = :active order by c.id",
                                Long.class)
                        .setParameter("active", CampaignStatus.ACTIVE)
                        .getResultList();
        for (Long campaign : campaigns) {
            try {
                queued += self.forCampaign(campaign, now);
            } catch (RuntimeException e) {
                LOG.errorf(e, "The weekly digest of campaign %d was not queued", campaign);
            }
        }
        List<Long> volunteers =
                em.createQuery("select v.id from Volunteer v order by v.id", Long.class)
                        .getResultList();
        for (Long volunteer : volunteers) {
            try {
                queued += self.forVolunteer(volunteer, now);
            } catch (RuntimeException e) {
                LOG.errorf(e, "The weekly list of volunteer %d was not queued", volunteer);
            }
        }
        return queued;
    }

    /** The digests of one campaign to the organisers whose scope has its forum. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forCampaign(long campaignId, Instant now) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Instant weekAhead = now.plus(Duration.ofDays(7));
        String week = week(now);
        int queued = 0;
        List<Visit> done =
                visits(
                        "v.campaign = :campaign and v.end > :from and v.end <= :to and v.status <> :cancelled",
                        campaign,
                        null,
                        weekAgo,
                        now);
        List<Visit> coming =
                visits(
                        "v.campaign = :campaign and v.start > :from and v.start <= :to and v.status <> :cancelled",
                        campaign,
                        null,
                        now,
                        weekAhead);
        long unconfirmed =
                coming.stream().filter(v -> v.getStatus() == VisitStatus.PLANNED).count();
        var zone = settings.timeZone();
        Summary lastWeek =
                summaries.of(
                        new Scope(
                                campaign.getId(),
                                null,
                                null,
                                null,
                                weekAgo.atZone(zone).toLocalDate(),
                                now.atZone(zone).toLocalDate()),
                        Language.EN);
        Summary soFar = summaries.of(Scope.campaign(campaign.getId(), null, null), Language.EN);
        for (User organiser : users.organisers(campaign.getForum())) {
            if (optedOut(organiser.getEmail(), ORGANISERS)) {
                continue;
            }
            Locale locale = organiser.getLanguage().locale();
            boolean gain = soFar.knowledge().gain() != null;
            DigestMail mail =
                    new DigestMail(
                            "organiser",
                            organiser.getName(),
                            campaign.getName(),
                            done.size(),
                            String.valueOf(lastWeek.students().total()),
                            String.valueOf(lastWeek.students().girls()),
                            Summaries.sentence(organiser.getLanguage(), soFar),
                            gain ? String.valueOf(soFar.knowledge().classes()) : null,
                            gain ? SummaryExports.gain(soFar.knowledge().gain()) : null,
                            lines(coming, locale),
                            unconfirmed,
                            null,
                            campaign.getForum().contact());
            queued +=
                    queue(
                            ORGANISERS,
                            organiser.getEmail(),
                            organiser.getName(),
                            organiser.getLanguage(),
                            "campaign:" + campaign.getId(),
                            week,
                            Messages.get(
                                    locale, "mail.digest.organiser.subject", campaign.getName()),
                            mail,
                            campaign.getId());
        }
        return queued;
    }

    /** A volunteer's list of their visits in the coming week, if they have any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forVolunteer(long volunteerId, Instant now) {
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        List<Visit> coming =
                visits(
                        "x = :volunteer and v.start > :from and v.start <= :to and v.status <> :cancelled",
                        null,
                        volunteer,
                        now,
                        now.plus(Duration.ofDays(7)));
        if (coming.isEmpty() || optedOut(volunteer.getEmail(), VOLUNTEERS)) {
            return 0;
        }
        Locale locale = volunteer.getLanguage().locale();
        DigestMail mail =
                new DigestMail(
                        "volunteer",
                        volunteer.getName(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        lines(coming, locale),
                        null,
                        null,
                        onlyForum(coming));
        return queue(
                VOLUNTEERS,
                volunteer.getEmail(),
                volunteer.getName(),
                volunteer.getLanguage(),
                "volunteer:" + volunteer.getId(),
                week(now),
                Messages.get(locale, "mail.digest.volunteer.subject"),
                mail,
                null);
    }

    /** Stops one kind of digest for one address, as its one-click unsubscribe link asks. */
    public boolean unsubscribe(String email, String kind, String signature) {
        if (!secrets.verify(KEY, kind + "|" + email, signature)) {
            return false;
        }
        if (!optedOut(email, kind)) {
            em.createNativeQuery(
                            "insert into mail_opt_out (email, kind, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, email)
                    .setParameter(2, kind)
                    .setParameter(3, clock.instant())
                    .executeUpdate();
        }
        return true;
    }

    /**
     * The language the digests go out in to {@code email}, for the page its unsubscribe link leads
     * to; only for a signed link, so that the page tells nothing about other addresses.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Language> language(String email, String kind, String signature) {
        return email == null || !secrets.verify(KEY, kind + "|" + email, signature)
                ? Optional.empty()
                : users.find(email).map(User::getLanguage);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean optedOut(String email, String kind) {
        return ((Number)
                                em.createNativeQuery(
                                                "select count(*) from mail_opt_out where email = ?1 and kind = ?2")
                                        .setParameter(1, email)
                                        .setParameter(2, kind)
                                        .getSingleResult())
                        .longValue()
                > 0;
    }

    public String unsubscribeUrl(String email, String kind) {
        return settings.baseUrl()
                + "/unsubscribe?kind="
                + kind
                + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&sig="
                + secrets.sign(KEY, kind + "|" + email);
    }

    private int queue(
            String kind,
            String email,
            String name,
            Language language,
            String subject,
            String week,
            String title,
            DigestMail mail,
            Long campaignId) {
        String key = Draft.key(kind, email, subject, "week:" + week);
        if (outbox.queued(key)) {
            return 0;
        }
        String unsubscribe = unsubscribeUrl(email, kind);
        return outbox.enqueue(
                        new Draft(
                                key,
                                kind,
                                email,
                                name,
                                language,
                                title,
                                templates.render(
                                        "digest",
                                        language.locale(),
                                        mail.withUnsubscribe(unsubscribe)),
                                null,
                                null,
                                null,
                                campaignId,
                                unsubscribe,
                                mail.forum() == null
                                        ? Messages.get(language.locale(), "app.name")
                                        : mail.forum().name()))
                ? 1
                : 0;
    }

    /**
     * The forum of a volunteer's weekly list, its sender and its footer: the one whose visits it
     * lists, if they are all of one forum; none (the application) when they are of several.
     */
    private static ForumContact onlyForum(List<Visit> visits) {
        Map<Long, Forum> forums = new HashMap<>();
        visits.forEach(
                v -> forums.put(v.getCampaign().getForum().getId(), v.getCampaign().getForum()));
        return forums.size() == 1 ? forums.values().iterator().next().contact() : null;
    }

    /**
     * What a weekly digest says: to an organiser, a campaign's week (the knowledge gain only once
     * classes ran the quiz before and after); to a volunteer, their visits of the coming week. It
     * ends with how to reach the forum it is about, when it is about one.
     */
    public record DigestMail(
            String audience,
            String name,
            String campaign,
            Integer done,
            String reached,
            String reachedGirls,
            String soFar,
            String gainClasses,
            String gain,
            List<String> coming,
            Long unconfirmed,
            String unsubscribe,
            ForumContact forum) {

        DigestMail withUnsubscribe(String url) {
            return new DigestMail(
                    audience,
                    name,
                    campaign,
                    done,
                    reached,
                    reachedGirls,
                    soFar,
                    gainClasses,
                    gain,
                    coming,
                    unconfirmed,
                    url,
                    forum);
        }
    }

    private List<String> lines(List<Visit> visits, Locale locale) {
        return visits.stream()
                .map(
                        v -> {
                            ZoneId zone = v.getCampaign().zone();
                            String when =
                                    DateTimeFormatter.ofPattern(
                                                    "EEEE d MMMM, HH:mm",
                                                    Language.of(locale).formatting())
                                            .format(v.getStart().atZone(zone));
                            String status =
                                    Messages.get(
                                            locale,
                                            "visit.status."
                                                    + v.getStatus()
                                                            .name()
                                                            .toLowerCase(Locale.ROOT));
                            return when + " — " + v.getSchool().getName() + " (" + status + ")";
                        })
                .toList();
    }

    private List<Visit> visits(
            String condition, Campaign campaign, Volunteer volunteer, Instant from, Instant to) {
        var query =
                em.createQuery(
                                "select distinct v from Visit v left join v.volunteers x where "
                                        + condition
                                        + " order by v.start",
                                Visit.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("cancelled", VisitStatus.CANCELLED);
        if (campaign != null) {
            query.setParameter("campaign", campaign);
        }
        if (volunteer != null) {
            query.setParameter("volunteer", volunteer);
        }
        return query.getResultList();
    }

    private String week(Instant now) {
        var date = now.atZone(settings.timeZone()).toLocalDate();
        return date.get(IsoFields.WEEK_BASED_YEAR)
                + "-W"
                + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
