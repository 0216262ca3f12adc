package iq.cpf.awareness.school.control;

import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Located;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.RulesBroken;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.school.entity.CalendarPeriod;
import iq.cpf.awareness.school.entity.GovernorateCalendar;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolCalendar;
import iq.cpf.awareness.school.entity.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Governorates' and schools' calendars: kept, imported from files, and asked whether a visit fits
 * them. A governorate's calendar is national data, an administrator's; a school's shift and own
 * periods are its forum's.
 */
@ApplicationScoped
@Transactional
public class SchoolCalendars {

    /** The kinds of file a calendar is imported from. */
    public enum Format {
        CSV,
        ICS
    }

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Validator validator;
    @Inject Event<Audited> audited;
    @Inject Schools schools;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GovernorateCalendar> list() {
        return em.createQuery(
                        "select c from GovernorateCalendar c order by c.governorate",
                        GovernorateCalendar.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GovernorateCalendar> find(String governorate) {
        return governorate == null
                ? Optional.empty()
                : Optional.ofNullable(em.find(GovernorateCalendar.class, governorate.trim()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GovernorateCalendar get(String governorate) {
        return checks.existing(GovernorateCalendar.class, governorate.trim(), "calendar");
    }

    /**
     * Creates or replaces a governorate's calendar; {@code version}, when given, must be the one
     * the client read. Days off not given are Friday and Saturday.
     */
    public GovernorateCalendar save(
            String governorate,
            Integer version,
            Set<DayOfWeek> daysOff,
            List<CalendarPeriod> periods) {
        String name = governorate.trim();
        GovernorateCalendar calendar = em.find(GovernorateCalendar.class, name);
        boolean created = calendar == null;
        if (created) {
            calendar = new GovernorateCalendar(name);
        } else {
            Checks.sameVersion(version, calendar.getVersion());
        }
        if (daysOff != null) {
            calendar.setDaysOff(daysOff);
        }
        calendar.setPeriods(periods == null ? List.of() : periods);
        checks.valid(calendar);
        if (created) {
            em.persist(calendar);
        }
        em.flush();
        audited.fire(
                Audited.of(
                        "calendar.save",
                        "governorate",
                        name,
                        calendar.getPeriods().size() + " periods"));
        return calendar;
    }

    /** A school's shift, hours, teaching language and own periods, all replaced. */
    public School saveSchool(
            ForumScope scope,
            long schoolId,
            Integer version,
            Shift shift,
            LocalTime start,
            LocalTime end,
            Language teachingLanguage,
            boolean policeConsent,
            List<CalendarPeriod> periods) {
        School school = schools.get(scope, schoolId);
        Checks.sameVersion(version, school.getVersion());
        school.setShift(shift, start, end);
        school.setTeachingLanguage(teachingLanguage);
        school.setPoliceConsent(policeConsent);
        school.setPeriods(periods == null ? List.of() : periods);
        checks.valid(school);
        em.flush();
        audited.fire(
                Audited.of(
                        "calendar.school",
                        "school",
                        schoolId,
                        school.getPeriods().size() + " periods"));
        return school;
    }

    /**
     * Adds the periods of a file to a governorate's calendar (created with the default days off if
     * it has none), all or nothing; a period already there is not added twice. Answers how many
     * were added.
     */
    public int importGovernorate(String governorate, Format format, String text) {
        List<CalendarPeriod> read = read(format, text);
        GovernorateCalendar calendar =
                find(governorate).orElseGet(() -> save(governorate, null, null, List.of()));
        int added = merge(calendar.getPeriods(), read);
        checks.valid(calendar);
        em.flush();
        audited.fire(
                Audited.of(
                        "calendar.import",
                        "governorate",
                        calendar.getGovernorate(),
                        added + " periods"));
        return added;
    }

    /** Adds the periods of a file to a school's own, as {@link #importGovernorate} does. */
    public int importSchool(ForumScope scope, long schoolId, Format format, String text) {
        School school = schools.get(scope, schoolId);
        List<CalendarPeriod> read = read(format, text);
        int added = merge(school.getPeriods(), read);
        checks.valid(school);
        em.flush();
        audited.fire(Audited.of("calendar.import", "school", schoolId, added + " periods"));
        return added;
    }

    /**
     * The rules of the school's calendar that a visit from {@code start} to {@code end} would
     * break, in the campaign's time zone: none when neither the school nor its governorate has a
     * calendar.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RulesBroken.Rule> broken(School school, Instant start, Instant end, ZoneId zone) {
        return new SchoolCalendar(find(school.getGovernorate()).orElse(null), school)
                .broken(start.atZone(zone).toLocalDateTime(), end.atZone(zone).toLocalDateTime());
    }

    private static int merge(List<CalendarPeriod> periods, List<CalendarPeriod> read) {
        Set<CalendarPeriod> added = new LinkedHashSet<>(read);
        periods.forEach(added::remove);
        periods.addAll(added);
        return added.size();
    }

    private List<CalendarPeriod> read(Format format, String text) {
        List<CalendarFile.Entry> entries =
                format == Format.ICS
                        ? CalendarFile.ics(text == null ? "" : text)
                        : CalendarFile.csv(text == null ? "" : text);
        List<Violation> problems = new ArrayList<>();
        List<Located> invalid = new ArrayList<>();
        for (CalendarFile.Entry entry : entries) {
            entry.problems()
                    .forEach(
                            p ->
                                    problems.add(
                                            new Violation(
                                                    entry.place() + p.field(),
                                                    p.messageKey(),
                                                    p.args())));
            validator
                    .validate(entry.period())
                    .forEach(v -> invalid.add(new Located(entry.place(), v)));
        }
        if (entries.isEmpty()) {
            problems.add(new Violation("file", "calendar.import.empty"));
        }
        if (!problems.isEmpty() || !invalid.isEmpty()) {
            throw new InvalidInput(problems, Set.of(), invalid);
        }
        return entries.stream().map(CalendarFile.Entry::period).toList();
    }
}
