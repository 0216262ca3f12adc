package iq.cpf.awareness.participation.boundary;

import com.fasterxml.jackson.annotation.JsonProperty;
import iq.cpf.awareness.participation.control.Participations;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened at a visit, as a client reports it. {@code quiz} is one class's quiz, as the
 * contract names it; {@code quizzes} carries one per class when several classes ran it. Both may be
 * sent.
 */
public record ParticipationInput(
        Integer girls,
        Integer boys,
        Integer teachers,
        Integer sessions,
        String notes,
        List<GradeInput> byGrade,
        QuizInput quiz,
        List<QuizInput> quizzes) {

    public record GradeInput(
            @Schema(required = true) String grade,
            @Schema(required = true) Integer girls,
            @Schema(required = true) Integer boys) {}

    public record QuizInput(
            @JsonProperty("class") @Schema(required = true) String className,
            Long lessonId,
            SideInput pre,
            SideInput post) {}

    public record SideInput(Integer pupils, List<Integer> correct) {}

    Participations.Report report() {
        List<Participations.QuizReport> classes = new ArrayList<>();
        if (quiz != null) {
            classes.add(quiz(quiz));
        }
        if (quizzes != null) {
            quizzes.stream()
                    .filter(q -> q != null)
                    .map(ParticipationInput::quiz)
                    .forEach(classes::add);
        }
        List<Participations.Grade> grades =
                byGrade == null
                        ? List.of()
                        : byGrade.stream()
                                .filter(g -> g != null)
                                .map(g -> new Participations.Grade(g.grade(), g.girls(), g.boys()))
                                .toList();
        return new Participations.Report(girls, boys, teachers, sessions, notes, grades, classes);
    }

    private static Participations.QuizReport quiz(QuizInput input) {
        return new Participations.QuizReport(
                input.className(), input.lessonId(), side(input.pre()), side(input.post()));
    }

    private static Participations.Side side(SideInput side) {
        return side == null ? null : new Participations.Side(side.pupils(), side.correct());
    }
}
