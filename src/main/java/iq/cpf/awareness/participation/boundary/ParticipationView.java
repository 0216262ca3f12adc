package iq.cpf.awareness.participation.boundary;

import com.fasterxml.jackson.annotation.JsonProperty;
import iq.cpf.awareness.participation.entity.ClassQuiz;
import iq.cpf.awareness.participation.entity.Participation;
import java.time.Instant;
import java.util.List;

/** A visit's participation as it stands after its latest report. */
public record ParticipationView(
        Long visitId,
        int girls,
        int boys,
        int students,
        int teachers,
        int sessions,
        List<GradeView> byGrade,
        List<QuizView> quizzes,
        String notes,
        String reportedBy,
        Instant reportedAt,
        int version) {

    public record GradeView(String grade, int girls, int boys) {}

    public record QuizView(
            @JsonProperty("class") String className, long versionId, SideView pre, SideView post) {}

    public record SideView(int pupils, List<Integer> correct) {}

    static ParticipationView of(Participation p) {
        return new ParticipationView(
                p.getVisitId(),
                p.getGirls(),
                p.getBoys(),
                p.getGirls() + p.getBoys(),
                p.getTeachers(),
                p.getSessions(),
                p.getGrades().stream()
                        .map(g -> new GradeView(g.getGrade(), g.getGirls(), g.getBoys()))
                        .toList(),
                p.getQuizzes().stream().map(ParticipationView::quiz).toList(),
                p.getNotes(),
                p.getReportedBy(),
                p.getReportedAt(),
                p.getVersion());
    }

    private static QuizView quiz(ClassQuiz q) {
        return new QuizView(
                q.getClassLabel(),
                q.getVersionId(),
                q.getPrePupils() == null ? null : new SideView(q.getPrePupils(), q.getPreCorrect()),
                q.getPostPupils() == null
                        ? null
                        : new SideView(q.getPostPupils(), q.getPostCorrect()));
    }
}
