package iq.cpf.awareness.participation.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import iq.cpf.awareness.material.control.Quizzes;
import iq.cpf.awareness.material.entity.MaterialText;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.participation.entity.ClassQuiz;
import iq.cpf.awareness.participation.entity.GradeCount;
import iq.cpf.awareness.participation.entity.Participation;
import iq.cpf.awareness.participation.entity.ParticipationRecorded;
import iq.cpf.awareness.participation.entity.ParticipationRevision;
import iq.cpf.awareness.platform.Conflict;
import iq.cpf.awareness.platform.Erased;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.visit.entity.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records what happened at a visit once it has started: attendance by gender and grade, teachers,
 * sessions and the quiz aggregates of each class. A later report corrects the earlier one; every
 * report is kept as a revision. The visit is then done.
 */
@ApplicationScoped
@Transactional
public class Participations {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Clock clock;
    @Inject Event<ParticipationRecorded> recorded;
    @Inject ReachSums reachSums;

    /**
     * What a report says. Totals may be left out when grades are given: they are then the grades'
     * sums.
     */
    public record Report(
            Integer girls,
            Integer boys,
            Integer teachers,
            Integer sessions,
            String notes,
            List<Grade> byGrade,
            List<QuizReport> quizzes) {

        public Report(
                Integer girls, Integer boys, Integer teachers, Integer sessions, String notes) {
            this(girls, boys, teachers, sessions, notes, List.of(), List.of());
        }
    }

    public record Grade(String grade, Integer girls, Integer boys) {}

    /**
     * One class's quiz; {@code lessonId} is one of the visit's lessons, by default the first that
     * has a quiz.
     */
    public record QuizReport(String className, Long lessonId, Side pre, Side post) {}

    /** Pupils who answered and the correct answers per question, in the quiz's order. */
    public record Side(Integer pupils, List<Integer> correct) {}

    public Participation record(long visitId, Report report, String reportedBy) {
        return record(visitId, report, reportedBy, null);
    }

    /**
     * As {@link #record(long, Report, String)}; a report sent again under the same {@code key} (a
     * phone sending what it kept offline, twice) is not recorded again: the visit's participation
     * is answered as it is.
     */
    public Participation record(long visitId, Report report, String reportedBy, String key) {
        if (key != null
                && revisions(visitId).stream().anyMatch(r -> key.equals(r.getIdempotencyKey()))) {
            return em.find(Participation.class, visitId);
        }
        Visit visit = checks.existing(Visit.class, visitId, "visit");
        if (visit.isCancelled()) {
            throw new Conflict("participation.cancelled", String.valueOf(visitId));
        }
        if (visit.getStart().isAfter(clock.instant())) {
            throw new Conflict("participation.notStarted", String.valueOf(visitId));
        }
        Refusals refusals = new Refusals();
        List<Grade> grades = report.byGrade() == null ? List.of() : report.byGrade();
        Integer girls = report.girls();
        Integer boys = report.boys();
        if (!grades.isEmpty()) {
            int gradeGirls = grades.stream().mapToInt(g -> g.girls() == null ? 0 : g.girls()).sum();
            int gradeBoys = grades.stream().mapToInt(g -> g.boys() == null ? 0 : g.boys()).sum();
            girls = girls == null ? Integer.valueOf(gradeGirls) : girls;
            boys = boys == null ? Integer.valueOf(gradeBoys) : boys;
            if (girls != gradeGirls || boys != gradeBoys) {
                refusals.violations()
                        .add(
                                new Violation(
                                        "byGrade",
                                        "participation.grades.sum",
                                        gradeGirls,
                                        gradeBoys,
                                        girls,
                                        boys));
            }
            for (int i = 0; i < grades.size(); i++) {
                if (!GradeCount.sensible(grades.get(i).grade())) {
                    refusals.violations()
                            .add(new Violation("byGrade[" + i + "].grade", "participation.grade"));
                }
            }
            Set<String> seen = new HashSet<>();
            grades.stream()
                    .filter(g -> g.grade() != null && !seen.add(g.grade().strip()))
                    .forEach(
                            g ->
                                    refusals.violations()
                                            .add(
                                                    new Violation(
                                                            "byGrade",
                                                            "participation.grades.twice",
                                                            g.grade())));
        }
        List<ClassQuiz> quizzes =
                quizzes(visit, report.quizzes() == null ? List.of() : report.quizzes(), refusals);
        Participation existing = em.find(Participation.class, visitId);
        Participation participation = existing == null ? new Participation(visitId) : existing;
        participation.report(
                girls,
                boys,
                report.teachers(),
                report.sessions() == null ? 1 : report.sessions(),
                report.notes(),
                grades.stream().map(g -> new GradeCount(g.grade(), g.girls(), g.boys())).toList(),
                quizzes,
                reportedBy,
                clock.instant());
        // A refusal rolls the transaction back, so the changed entity above is never written.
        checks.valid(participation, refusals);
        if (existing == null) {
            em.persist(participation);
        }
        visit.setStatus(VisitStatus.DONE);
        int revision = revisions(visitId).size() + 1;
        em.persist(
                new ParticipationRevision(
                                visitId, revision, json(report), reportedBy, clock.instant())
                        .keyed(key));
        em.flush();
        reachSums.reported(visit);
        recorded.fire(new ParticipationRecorded(visitId, revision));
        return participation;
    }

    /**
     * Each class's quiz checked against its lesson's quiz: one count per question, none above the
     * pupils.
     */
    private List<ClassQuiz> quizzes(Visit visit, List<QuizReport> reports, Refusals refusals) {
        List<ClassQuiz> quizzes = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            QuizReport report = reports.get(i);
            String field = "quizzes[" + i + "]";
            Optional<MaterialVersion> lesson = lesson(visit, report.lessonId());
            if (lesson.isEmpty()) {
                refusals.violations()
                        .add(
                                report.lessonId() == null
                                        ? new Violation(field, "participation.quiz.noLesson")
                                        : new Violation(
                                                field + ".lessonId",
                                                "participation.quiz.notThisVisit",
                                                report.lessonId()));
                continue;
            }
            int questions = questions(lesson.get()).size();
            if (report.pre() == null && report.post() == null) {
                refusals.violations().add(new Violation(field, "participation.quiz.empty"));
                continue;
            }
            side(report.pre(), questions, field + ".pre", refusals);
            side(report.post(), questions, field + ".post", refusals);
            String label =
                    report.className() == null || report.className().isBlank()
                            ? String.valueOf(i + 1)
                            : report.className().strip();
            if (!labels.add(label + "|" + lesson.get().getId())) {
                refusals.violations()
                        .add(
                                new Violation(
                                        field + ".class", "participation.quiz.classTwice", label));
            }
            quizzes.add(
                    new ClassQuiz(
                            label,
                            lesson.get().getId(),
                            report.pre() == null ? null : report.pre().pupils(),
                            report.pre() == null ? null : report.pre().correct(),
                            report.post() == null ? null : report.post().pupils(),
                            report.post() == null ? null : report.post().correct()));
        }
        return quizzes;
    }

    private static void side(Side side, int questions, String field, Refusals refusals) {
        if (side == null) {
            return;
        }
        if (side.pupils() == null || side.pupils() < 1) {
            refusals.violations()
                    .add(new Violation(field + ".pupils", "participation.quiz.pupils"));
            return;
        }
        if (side.correct() == null || side.correct().size() != questions) {
            refusals.violations()
                    .add(
                            new Violation(
                                    field + ".correct", "participation.quiz.answers", questions));
            return;
        }
        for (int q = 0; q < questions; q++) {
            Integer correct = side.correct().get(q);
            if (correct == null || correct < 0 || correct > side.pupils()) {
                refusals.violations()
                        .add(
                                new Violation(
                                        field + ".correct[" + q + "]",
                                        "participation.quiz.correct",
                                        side.pupils()));
            }
        }
    }

    private static Optional<MaterialVersion> lesson(Visit visit, Long lessonId) {
        return visit.getMaterials().stream()
                .filter(
                        v ->
                                lessonId == null
                                        ? !questions(v).isEmpty()
                                        : v.getMaterial().getId().equals(lessonId))
                .filter(v -> !questions(v).isEmpty())
                .findFirst();
    }

    /**
     * The quiz of a version: the same questions in every language, so the first text that has one
     * says how many.
     */
    public static List<QuizQuestion> questions(MaterialVersion version) {
        return version.getTexts().stream()
                .map(MaterialText::getQuiz)
                .map(Quizzes::read)
                .filter(q -> !q.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    /**
     * The quiz of a version in the reader's language where its text there has one, else in the
     * first that has.
     */
    public static List<QuizQuestion> questions(MaterialVersion version, Language language) {
        List<QuizQuestion> own = Quizzes.read(version.textFor(language).getQuiz());
        return own.isEmpty() ? questions(version) : own;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Participation> of(long visitId) {
        return Optional.ofNullable(em.find(Participation.class, visitId));
    }

    /** Every report of a visit, the first first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParticipationRevision> revisions(long visitId) {
        return em.createQuery(
                        "select r from ParticipationRevision r where r.visitId = :visit order by r.revision",
                        ParticipationRevision.class)
                .setParameter("visit", visitId)
                .getResultList();
    }

    /**
     * Students reached (girls and boys) per group, largest first, from the sums kept per campaign
     * and school ({@link ReachSums}): a row per school, whatever the number of reports.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> studentsReachedBy(ForumScope scope, Reach by) {
        Map<String, Long> reach = new LinkedHashMap<>();
        Where where = new Where().within(scope, "r.campaign.forum.id");
        where.bind(
                        em.createQuery(
                                "select "
                                        + by.path
                                        + ", sum(r.girls + r.boys) from ReachSum r"
                                        + where.clause()
                                        + " group by "
                                        + by.path
                                        + " order by 2 desc",
                                Object[].class))
                .getResultList()
                .forEach(row -> reach.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return reach;
    }

    /** A report keeps its figures, not the erased reporter's address. */
    void onErased(@Observes Erased erased) {
        String email = erased.email().toLowerCase(Locale.ROOT);
        em.createQuery(
                        "update Participation p set p.reportedBy = :marker where lower(p.reportedBy) = :email")
                .setParameter("marker", erased.marker())
                .setParameter("email", email)
                .executeUpdate();
        em.createQuery(
                        "update ParticipationRevision r set r.reportedBy = :marker where lower(r.reportedBy) = :email")
                .setParameter("marker", erased.marker())
                .setParameter("email", email)
                .executeUpdate();
    }

    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A participation report cannot be written as JSON", e);
        }
    }

    /** What reach can be grouped by on the dashboard. */
    public enum Reach {
        TOPIC("r.campaign.topic.slug"),
        DISTRICT("r.school.district");

        private final String path;

        Reach(String path) {
            this.path = path;
        }
    }
}
