package iq.cpf.awareness.participation.control;

import java.util.List;

/**
 * The figures of a campaign, forum or area over a period: what was planned and done, who was
 * reached, what the quizzes say changed, and which lesson versions were used. Shares are from 0 to
 * 1; a gain is the post share minus the pre share of correct answers, over the classes that ran
 * both quizzes.
 */
public record Summary(
        Scope scope,
        String sentence,
        Schools schools,
        Visits visits,
        Students students,
        List<GradeReach> byGrade,
        int teachers,
        int sessions,
        Knowledge knowledge,
        List<MaterialUse> materials,
        Adults adults,
        Reach reach,
        List<AreaReach> byArea) {

    public record Schools(long planned, long visited, long confirmed) {}

    public record Visits(long planned, long done, long cancelled, long awaitingReport) {}

    public record Students(long girls, long boys, long total) {}

    public record GradeReach(String grade, long girls, long boys, long total) {}

    /** Knowledge gain over all lessons (answers weighted equally) and per lesson and question. */
    public record Knowledge(
            int classes,
            int incompleteClasses,
            Double pre,
            Double post,
            Double gain,
            List<LessonGain> lessons) {}

    public record LessonGain(
            long lessonId,
            int version,
            String title,
            int classes,
            int prePupils,
            int postPupils,
            Double pre,
            Double post,
            Double gain,
            List<QuestionGain> questions) {}

    public record QuestionGain(int number, String question, Double pre, Double post, Double gain) {}

    public record MaterialUse(long lessonId, int version, String title, long visits) {}

    /** Trainings and workshops: people once per event, by role and gender. */
    public record Adults(
            long events, long sessions, long women, long men, long total, List<RoleReach> byRole) {}

    public record RoleReach(String role, long women, long men, long total) {}

    /** Everyone reached: students and teachers at visits, and adults at trainings and workshops. */
    public record Reach(long students, long teachers, long adults, long total) {}

    public record AreaReach(
            String governorate,
            String district,
            long visitsDone,
            long schoolsVisited,
            long girls,
            long boys,
            long students,
            long teachers) {}
}
