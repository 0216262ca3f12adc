package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.control.Markdown;
import iq.cpf.awareness.material.control.Quizzes;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.MaterialText;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.Origin;
import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import java.time.Instant;
import java.util.List;

/**
 * One version of a lesson with its texts: the Markdown as written and the sanitised HTML made from
 * it.
 */
public record VersionView(
        Long materialId,
        int number,
        ApprovalState state,
        Origin origin,
        Instant createdAt,
        String createdBy,
        List<Text> texts) {

    public record Text(
            Language language,
            String title,
            Integer durationMinutes,
            String markdown,
            String html,
            List<QuizQuestion> quiz) {

        static Text of(MaterialText t) {
            return new Text(
                    t.getLanguage(),
                    t.getTitle(),
                    t.getDurationMinutes(),
                    t.getBodyMarkdown(),
                    Markdown.html(t.getBodyMarkdown()),
                    Quizzes.read(t.getQuiz()));
        }
    }

    static VersionView of(MaterialVersion v) {
        return new VersionView(
                v.getMaterial().getId(),
                v.getNumber(),
                v.getState(),
                v.getOrigin(),
                v.getCreatedAt(),
                v.getCreatedBy(),
                v.getTexts().stream().map(Text::of).toList());
    }
}
