package iq.cpf.awareness.visit.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A volunteer's own visits as their phone shows them: the coming ones with the school, whom to call
 * there, the team and the lessons to bring, and those of the last month that still wait for their
 * report. The same for "My visits" and for the schedule kept offline on the phone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VolunteerSchedules {

    /**
     * How far back a visit still waits for its report on the volunteer's pages; older ones are the
     * organisers' to chase.
     */
    public static final Duration REPORT_WITHIN = Duration.ofDays(30);

    /** At most this many of each: a page, not an archive. */
    private static final int MOST = 50;

    /** A visit as the volunteer's phone shows it, read while the transaction is open. */
    public record Card(
            long id,
            String school,
            Instant start,
            String when,
            int minutes,
            String place,
            String campaign,
            String team,
            List<Contact> contacts,
            List<String> lessons) {}

    /** Whom to call at the school. */
    public record Contact(String name, String phone) {}

    @Inject Visits visits;
    @Inject Clock clock;

    /** The coming visits, cancelled ones left out. */
    public List<Card> coming(long volunteerId, Language language) {
        return visits
                .list(
                        ForumScope.NATIONAL,
                        clock.instant(),
                        null,
                        volunteerId,
                        null,
                        null,
                        null,
                        0,
                        MOST)
                .items()
                .stream()
                .filter(v -> v.getStatus() != VisitStatus.CANCELLED)
                .map(v -> card(v, language))
                .toList();
    }

    /**
     * Visits of the last month on the volunteer's team that have started and still await a report.
     */
    public List<Card> toReport(long volunteerId, Language language) {
        Instant now = clock.instant();
        return visits
                .list(
                        ForumScope.NATIONAL,
                        now.minus(REPORT_WITHIN),
                        now,
                        volunteerId,
                        null,
                        null,
                        null,
                        0,
                        MOST)
                .items()
                .stream()
                .filter(
                        v ->
                                !v.getStart().isAfter(now)
                                        && (v.getStatus() == VisitStatus.PLANNED
                                                || v.getStatus() == VisitStatus.CONFIRMED))
                .map(v -> card(v, language))
                .toList();
    }

    public static Card card(Visit visit, Language language) {
        return new Card(
                visit.getId(),
                visit.getSchool().getName(),
                visit.getStart(),
                DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", language.formatting())
                        .format(visit.getStart().atZone(visit.getCampaign().zone())),
                visit.getDurationMinutes(),
                visit.getSchool().getDistrict() + ", " + visit.getSchool().getGovernorate(),
                visit.getCampaign().getName(),
                visit.getVolunteers().stream()
                        .map(Volunteer::getName)
                        .collect(Collectors.joining(", ")),
                visit.getSchool().getContacts().stream()
                        .map(
                                c ->
                                        new Contact(
                                                c.getName(),
                                                c.getPhone() != null
                                                        ? c.getPhone()
                                                        : c.getMobile()))
                        .toList(),
                visit.getMaterials().stream().map(m -> m.textFor(language).getTitle()).toList());
    }
}
