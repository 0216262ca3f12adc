package iq.cpf.awareness.participation.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.participation.control.Summary.Adults;
import iq.cpf.awareness.participation.control.Summary.AreaReach;
import iq.cpf.awareness.participation.control.Summary.GradeReach;
import iq.cpf.awareness.participation.control.Summary.Knowledge;
import iq.cpf.awareness.participation.control.Summary.LessonGain;
import iq.cpf.awareness.participation.control.Summary.MaterialUse;
import iq.cpf.awareness.participation.control.Summary.QuestionGain;
import iq.cpf.awareness.participation.control.Summary.Reach;
import iq.cpf.awareness.participation.control.Summary.RoleReach;
import iq.cpf.awareness.participation.control.Summary.Schools;
import iq.cpf.awareness.participation.control.Summary.Students;
import iq.cpf.awareness.participation.entity.AdultRole;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Sums up participation for a {@link Scope}. Cancelled visits count as cancelled and nothing else;
 * a visit's figures are its latest report (corrections replace, never add); quizzes count only
 * classes that ran both sides. A summary reads lesson titles through lazy associations, so it
 * always runs in a transaction of its own when its caller has none.
 *
 * <p>Everything is added up by the database or as rows stream past; nothing of unbounded size is
 * held. Without dates (the dashboard, a campaign's summary, the notices after each report) the
 * students, grades and areas come from the sums kept per campaign and school ({@link ReachSums}), a
 * row per school; with dates they are added up from the reports of the period.
 */
@ApplicationScoped
@Transactional
public class Summaries {

    @PersistenceContext EntityManager em;
    @Inject Settings settings;
    @Inject Clock clock;

    public Summary of(Scope scope, Language language) {
        // Counted by the database, whatever the number of visits, per school and status (a row
        // each, read from the index on campaign, school, status and start), then added up here:
        // schools planned, visited and confirmed, then visits in all, held, cancelled and past but
        // not reported. Three distinct counts in the database sorted the scope's visits three
        // times (20 ms for a campaign's 25,000; 3 ms this way).
        Where inScope = scope.visits(settings.timeZone());
        Set<Long> plannedSchools = new HashSet<>();
        Set<Long> visitedSchools = new HashSet<>();
        Set<Long> confirmedSchools = new HashSet<>();
        long all = 0;
        long done = 0;
        long cancelled = 0;
        long awaiting = 0;
        for (Object[] row :
                inScope.bind(
                                em.createQuery(
                                        "select v.school.id, v.status, count(*), "
                                                + "sum(case when v.start < :now then 1 else 0 end) from Visit v"
                                                + inScope.clause()
                                                + " group by v.school.id, v.status",
                                        Object[].class))
                        .setParameter("now", clock.instant())
                        .getResultList()) {
            Long school = (Long) row[0];
            VisitStatus status = (VisitStatus) row[1];
            long visits = number(row[2]);
            all += visits;
            switch (status) {
                case CANCELLED -> cancelled += visits;
                case DONE -> {
                    done += visits;
                    visitedSchools.add(school);
                    confirmedSchools.add(school);
                }
                case CONFIRMED -> {
                    confirmedSchools.add(school);
                    awaiting += number(row[3]);
                }
                default -> awaiting += number(row[3]);
            }
            if (status != VisitStatus.CANCELLED) {
                plannedSchools.add(school);
            }
        }
        long planned = plannedSchools.size();
        long visited = visitedSchools.size();
        long confirmed = confirmedSchools.size();
        // Without dates, the figures of reports come from the sums kept per campaign and school
        // (ReachSums): a row per school instead of every report of the scope. The totals are the
        // sums of the areas' rows, not a query of their own over the same reports.
        boolean summed = !scope.dated();
        List<Object[]> areaRows =
                summed
                        ? query(
                                scope.sums("r"),
                                "select r.school.governorate, r.school.district, sum(r.reports), "
                                        + "count(*), sum(r.girls), sum(r.boys), sum(r.teachers), sum(r.sessions) from ReachSum r",
                                " group by r.school.governorate, r.school.district order by r.school.governorate, r.school.district",
                                Object[].class)
                        : query(
                                reported(scope),
                                "select v.school.governorate, v.school.district, count(v), "
                                        + "count(distinct v.school.id), sum(p.girls), sum(p.boys), sum(p.teachers), sum(p.sessions) "
                                        + "from Participation p, Visit v",
                                " group by v.school.governorate, v.school.district order by v.school.governorate, v.school.district",
                                Object[].class);
        long girls = areaRows.stream().mapToLong(r -> number(r[4])).sum();
        long boys = areaRows.stream().mapToLong(r -> number(r[5])).sum();
        int teachers = (int) areaRows.stream().mapToLong(r -> number(r[6])).sum();
        int sessions = (int) areaRows.stream().mapToLong(r -> number(r[7])).sum();
        List<GradeReach> grades =
                (summed
                                ? query(
                                        scope.sums("g"),
                                        "select g.grade, sum(g.girls), sum(g.boys) from ReachGradeSum g",
                                        " group by g.grade",
                                        Object[].class)
                                : query(
                                        reported(scope),
                                        "select g.grade, sum(g.girls), sum(g.boys) "
                                                + "from Participation p join p.grades g, Visit v",
                                        " group by g.grade",
                                        Object[].class))
                        .stream()
                                .map(
                                        r ->
                                                new GradeReach(
                                                        (String) r[0],
                                                        number(r[1]),
                                                        number(r[2]),
                                                        number(r[1]) + number(r[2])))
                                .sorted(
                                        Comparator.comparing(
                                                GradeReach::grade, Summaries::gradeOrder))
                                .toList();
        List<MaterialUse> materials =
                query(
                                scope.visits(settings.timeZone())
                                        .when(true, "v.status = :done", "done", VisitStatus.DONE),
                                "select m.id, mv.number, mv.id, count(v) from Visit v join v.materials mv join mv.material m",
                                " group by m.id, mv.number, mv.id order by m.id, mv.number",
                                Object[].class)
                        .stream()
                        .map(
                                r ->
                                        new MaterialUse(
                                                number(r[0]),
                                                (int) number(r[1]),
                                                em.find(MaterialVersion.class, r[2])
                                                        .textFor(language)
                                                        .getTitle(),
                                                number(r[3])))
                        .toList();
        List<AreaReach> areas =
                areaRows.stream()
                        .map(
                                r ->
                                        new AreaReach(
                                                (String) r[0],
                                                (String) r[1],
                                                number(r[2]),
                                                number(r[3]),
                                                number(r[4]),
                                                number(r[5]),
                                                number(r[4]) + number(r[5]),
                                                number(r[6])))
                        .toList();
        Adults adults = adults(scope);
        Reach reach =
                new Reach(
                        girls + boys,
                        teachers,
                        adults.total(),
                        girls + boys + teachers + adults.total());
        return new Summary(
                scope,
                sentence(language, sessions, visited, girls + boys, girls),
                new Schools(planned, visited, confirmed),
                new Summary.Visits(all - cancelled, done, cancelled, awaiting),
                new Students(girls, boys, girls + boys),
                grades,
                teachers,
                sessions,
                knowledge(scope, language),
                materials,
                adults,
                reach,
                areas);
    }

    /**
     * A summary's sentence in another language than the one it was made in: the figures do not
     * depend on it.
     */
    public static String sentence(Language language, Summary summary) {
        return sentence(
                language,
                summary.sessions(),
                summary.schools().visited(),
                summary.students().total(),
                summary.students().girls());
    }

    /**
     * The plain sentence donors quote. ICU's message format gives each language its own plural
     * forms (Arabic has six); digits stay Latin so that the numbers match the CSV and the API.
     */
    public static String sentence(
            Language language, long sessions, long schools, long students, long girls) {
        String pattern = Messages.get(language.locale(), "summary.sentence");
        Map<String, Object> args =
                Map.of(
                        "sessions",
                        sessions,
                        "schools",
                        schools,
                        "students",
                        students,
                        "girls",
                        girls);
        return new MessageFormat(pattern, new ULocale(language.code() + "@numbers=latn"))
                .format(args);
    }

    /**
     * The paired classes of one lesson version added up: pupils, and correct answers per question.
     */
    private static final class QuizTotals {
        int classes;
        long prePupils;
        long postPupils;
        long[] pre = new long[0];
        long[] post = new long[0];

        void add(int prePupils, String preCorrect, int postPupils, String postCorrect) {
            classes++;
            this.prePupils += prePupils;
            this.postPupils += postPupils;
            pre = added(pre, preCorrect);
            post = added(post, postCorrect);
        }

        private static long[] added(long[] sums, String counts) {
            if (counts == null || counts.isEmpty()) {
                return sums;
            }
            String[] each = counts.split(",");
            long[] grown = sums.length >= each.length ? sums : Arrays.copyOf(sums, each.length);
            for (int q = 0; q < each.length; q++) {
                grown[q] += Long.parseLong(each[q].strip());
            }
            return grown;
        }

        long at(long[] sums, int q) {
            return q < sums.length ? sums[q] : 0;
        }
    }

    /**
     * The classes' quizzes of the scope's reports, added up per lesson version as they are read
     * (columns, not entities, and no list of them held): memory stays that of the lessons, however
     * many classes took a quiz.
     */
    private Knowledge knowledge(Scope scope, Language language) {
        Map<Long, QuizTotals> byVersion = new LinkedHashMap<>();
        int incomplete = 0;
        Where where = reported(scope);
        try (Stream<Object[]> rows =
                where.bind(
                                em.createQuery(
                                        "select q.versionId, q.prePupils, q.preCorrect, q.postPupils, q.postCorrect "
                                                + "from Participation p join p.quizzes q, Visit v"
                                                + where.clause(),
                                        Object[].class))
                        .setHint(HibernateHints.HINT_FETCH_SIZE, 1000)
                        .setHint(HibernateHints.HINT_READ_ONLY, true)
                        .getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                if (row[1] == null || row[3] == null) {
                    incomplete++;
                    continue;
                }
                byVersion
                        .computeIfAbsent((Long) row[0], id -> new QuizTotals())
                        .add((Integer) row[1], (String) row[2], (Integer) row[3], (String) row[4]);
            }
        }
        List<LessonGain> lessons = new ArrayList<>();
        long preCorrect = 0;
        long preAnswers = 0;
        long postCorrect = 0;
        long postAnswers = 0;
        int classes = 0;
        for (var entry : byVersion.entrySet()) {
            MaterialVersion version = em.find(MaterialVersion.class, entry.getKey());
            List<QuizQuestion> questions = Participations.questions(version, language);
            int count = questions.size();
            QuizTotals totals = entry.getValue();
            long prePupils = totals.prePupils;
            long postPupils = totals.postPupils;
            long[] pre = new long[count];
            long[] post = new long[count];
            for (int q = 0; q < count; q++) {
                pre[q] = totals.at(totals.pre, q);
                post[q] = totals.at(totals.post, q);
            }
            List<QuestionGain> perQuestion = new ArrayList<>();
            long lessonPre = 0;
            long lessonPost = 0;
            for (int q = 0; q < count; q++) {
                perQuestion.add(
                        new QuestionGain(
                                q + 1,
                                questions.get(q).question(),
                                share(pre[q], prePupils),
                                share(post[q], postPupils),
                                gain(pre[q], prePupils, post[q], postPupils)));
                lessonPre += pre[q];
                lessonPost += post[q];
            }
            lessons.add(
                    new LessonGain(
                            version.getMaterial().getId(),
                            version.getNumber(),
                            version.textFor(language).getTitle(),
                            totals.classes,
                            (int) prePupils,
                            (int) postPupils,
                            share(lessonPre, prePupils * count),
                            share(lessonPost, postPupils * count),
                            gain(lessonPre, prePupils * count, lessonPost, postPupils * count),
                            perQuestion));
            preCorrect += lessonPre;
            postCorrect += lessonPost;
            preAnswers += prePupils * count;
            postAnswers += postPupils * count;
            classes += totals.classes;
        }
        return new Knowledge(
                classes,
                incomplete,
                share(preCorrect, preAnswers),
                share(postCorrect, postAnswers),
                gain(preCorrect, preAnswers, postCorrect, postAnswers),
                lessons);
    }

    /** The scope's trainings, counted and added up by the database. */
    private Adults adults(Scope scope) {
        Where where = scope.trainings();
        Object[] events =
                where.bind(
                                em.createQuery(
                                        "select count(*), coalesce(sum(t.sessions), 0) from Training t"
                                                + where.clause(),
                                        Object[].class))
                        .getSingleResult();
        long sessions = number(events[1]);
        Map<AdultRole, long[]> byRole = new EnumMap<>(AdultRole.class);
        for (Object[] row :
                where.bind(
                                em.createQuery(
                                        "select a.role, sum(a.women), sum(a.men) from Training t join t.attendance a"
                                                + where.clause()
                                                + " group by a.role",
                                        Object[].class))
                        .getResultList()) {
            byRole.put((AdultRole) row[0], new long[] {number(row[1]), number(row[2])});
        }
        List<RoleReach> roles =
                byRole.entrySet().stream()
                        .map(
                                e ->
                                        new RoleReach(
                                                e.getKey().name().toLowerCase(Locale.ROOT),
                                                e.getValue()[0],
                                                e.getValue()[1],
                                                e.getValue()[0] + e.getValue()[1]))
                        .toList();
        long women = roles.stream().mapToLong(RoleReach::women).sum();
        long men = roles.stream().mapToLong(RoleReach::men).sum();
        return new Adults(number(events[0]), sessions, women, men, women + men, roles);
    }

    /** {@code select ... where <scope> and <conditions> <tail>}. */
    private <T> List<T> query(Where where, String select, String tail, Class<T> type) {
        return where.bind(em.createQuery(select + where.clause() + tail, type)).getResultList();
    }

    /** The scope's visits that count for participation: reported, and not cancelled since. */
    private Where reported(Scope scope) {
        return scope.visits(settings.timeZone())
                .when(true, "v.id = p.visitId", null, null)
                .when(true, "v.status <> :cancelled", "cancelled", VisitStatus.CANCELLED);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Double share(long correct, long answers) {
        return answers == 0 ? null : Math.round(correct * 10000.0 / answers) / 10000.0;
    }

    /**
     * Rounded once, from the exact shares, so that a gain is never off by the rounding of its
     * parts.
     */
    static Double gain(long preCorrect, long preAnswers, long postCorrect, long postAnswers) {
        if (preAnswers == 0 || postAnswers == 0) {
            return null;
        }
        return Math.round(
                        ((double) postCorrect / postAnswers - (double) preCorrect / preAnswers)
                                * 10000.0)
                / 10000.0;
    }

    /**
     * Grades in number order when they are numbers ("2" before "10"), else alphabetically. Any
     * stored label sorts (a digit string of any length too): no report that was once accepted can
     * make a summary fail.
     */
    static int gradeOrder(String a, String b) {
        boolean an = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean bn = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (an && bn) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return an != bn ? (an ? -1 : 1) : a.compareTo(b);
    }
}
