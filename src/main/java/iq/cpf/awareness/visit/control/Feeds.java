package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Calendars;
import iq.cpf.awareness.platform.control.Secrets;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * Each volunteer's private calendar feed of their visits: a URL signed with an application key, so
 * it needs no login (calendar applications cannot log in) and cannot be guessed for somebody else.
 */
@ApplicationScoped
@Transactional
public class Feeds {

    static final String KEY = "volunteer-feed";

    static final int MOST = 500;

    @PersistenceContext EntityManager em;
    @Inject Secrets secrets;
    @Inject Settings settings;
    @Inject Calendars calendars;
    @Inject VisitCalendar visitCalendar;
    @Inject Clock clock;
    @Inject Visits visitList;

    public String url(long volunteerId) {
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        return settings.baseUrl()
                + "/feeds/volunteers/"
                + volunteerId
                + "/"
                + secrets.sign(KEY, signed(volunteer))
                + ".ics";
    }

    /**
     * The address as calendar apps subscribe to it: {@code webcal://}, which phones and desktop
     * calendars open as a subscription, where an {@code https://} link would download one copy.
     */
    public static String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }

    /**
     * A new address for the volunteer's feed (one that was shared too widely, say); the old one
     * stops working.
     */
    public String renew(long volunteerId) {
        em.find(Volunteer.class, volunteerId).renewFeed();
        em.flush();
        return url(volunteerId);
    }

    /**
     * What the address signs: the volunteer and the generation of their address (none before the
     * first renewal).
     */
    private static String signed(Volunteer volunteer) {
        return volunteer.getFeedGeneration() == 0
                ? String.valueOf(volunteer.getId())
                : volunteer.getId() + "/" + volunteer.getFeedGeneration();
    }

    /**
     * The feed of the volunteer whose {@link #tag} is {@code tag}, if the signature is theirs:
     * visits from a month ago on, not cancelled ones, the first {@value #MOST} of them (a year and
     * more of a busy volunteer's visits; the feed is read again as the calendar refreshes, so later
     * ones arrive in time). The copy written last time is served when its tag is the same, else the
     * feed is written anew and kept: a calendar that does not send the tag back (some do not) then
     * costs what one that does costs, not the writing of 500 events at every refresh. A copy
     * written from data that changed between the tag and the writing is kept under the older tag,
     * which the next request no longer finds: it is written again then.
     */
    public Optional<String> calendar(long volunteerId, String signature, String tag) {
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        if (volunteer == null || !secrets.verify(KEY, signed(volunteer), signature)) {
            return Optional.empty();
        }
        Written last = written.get(volunteerId);
        if (last != null && last.tag().equals(tag)) {
            return Optional.of(last.calendar());
        }
        String calendar = written(volunteer);
        written.put(volunteerId, new Written(tag, calendar));
        return Optional.of(calendar);
    }

    /**
     * The feeds written last, by volunteer, at most {@value #KEPT} of them (those read longest ago
     * leave first): a feed of 500 visits is about 250 KB, so they hold at most some 30 MB. Each
     * server of a cluster keeps its own; a copy is only ever served under the tag it was written
     * for.
     */
    private final Map<Long, Written> written =
            Collections.synchronizedMap(
                    new LinkedHashMap<>(16, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<Long, Written> eldest) {
                            return size() > KEPT;
                        }
                    });

    static final int KEPT = 128;

    private record Written(String tag, String calendar) {}

    private String written(Volunteer volunteer) {
        long volunteerId = volunteer.getId();
        List<Long> ids = inFeed(volunteerId).stream().map(InFeed::id).toList();
        List<Visit> visits =
                ids.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        """
                                select v from Visit v join fetch v.campaign join fetch v.school
                                where v.id in :ids order by v.start, v.id""",
                                        Visit.class)
                                .setParameter("ids", ids)
                                .setHint(HibernateHints.HINT_READ_ONLY, true)
                                .getResultList();
        visitList.withTeamsAndLessons(visits);
        var entries =
                visits.stream()
                        .map(
                                v ->
                                        visitCalendar.invitation(
                                                v,
                                                volunteer.getLanguage().locale(),
                                                volunteer.getEmail(),
                                                Optional.empty()))
                        .toList();
        return calendars.publish(volunteer.getName(), entries);
    }

    /**
     * A validator (an HTTP entity tag) of the feed as {@link #calendar} would write it now, if the
     * signature is the volunteer's. It changes when a visit enters or leaves the feed, or when one
     * of its visits, their schools or campaigns, or the volunteer changes (each has a version that
     * every change moves). Read from ids and versions alone, so that a calendar asking whether its
     * copy is still current (If-None-Match) is answered without writing 500 events.
     */
    public Optional<String> tag(long volunteerId, String signature) {
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        if (volunteer == null || !secrets.verify(KEY, signed(volunteer), signature)) {
            return Optional.empty();
        }
        StringBuilder state = new StringBuilder(FORMAT).append(':').append(volunteer.getVersion());
        for (InFeed visit : inFeed(volunteerId)) {
            state.append(';').append(visit.versions());
        }
        byte[] hash = sha256().digest(state.toString().getBytes(StandardCharsets.UTF_8));
        return Optional.of(
                '"'
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(hash)
                                .substring(0, 22)
                        + '"');
    }

    /**
     * What the feed's events look like; counted up when they change (a new field), so that
     * calendars holding the old ones fetch them again.
     */
    private static final String FORMAT = "1";

    /** A visit of the feed: its id, start, and the versions of what its event shows. */
    private record InFeed(long id, Instant start, String versions) {}

    /**
     * The volunteer's visits the feed holds: from a month ago on, not cancelled, the first {@value
     * #MOST} in start order. Read from the volunteer's side ({@link TeamFunction}, with no order or
     * limit in the query, which would make PostgreSQL walk every visit since a month ago in start
     * order looking for theirs: half of all visits) and put in order here; a volunteer has some
     * hundreds of visits ahead, not millions.
     */
    private List<InFeed> inFeed(long volunteerId) {
        Instant since = clock.instant().minus(Duration.ofDays(31));
        List<InFeed> visits = new ArrayList<>();
        for (Object[] row :
                em.createQuery(
                                """
                        select v.id, v.start, v.version, v.school.version, v.campaign.version
                        from Visit v
                        where function('on_team', v.id, :volunteer) = true and v.status <> :cancelled
                        and v.end > :since and v.start > :earliest""",
                                Object[].class)
                        .setParameter("volunteer", volunteerId)
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .setParameter("since", since)
                        .setParameter("earliest", Visit.earliestStartOfOneEndingAfter(since))
                        .getResultList()) {
            visits.add(
                    new InFeed(
                            (Long) row[0],
                            (Instant) row[1],
                            row[0] + "," + row[2] + "," + row[3] + "," + row[4]));
        }
        visits.sort(Comparator.comparing(InFeed::start).thenComparing(InFeed::id));
        return visits.size() > MOST ? visits.subList(0, MOST) : visits;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
