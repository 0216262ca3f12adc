package iq.cpf.awareness.material.control;

import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import java.util.List;

/** A lesson's text in one language, as an organiser or a library file gives it. */
public record LessonText(
        Language language,
        String title,
        Integer durationMinutes,
        String markdown,
        List<QuizQuestion> quiz) {}
