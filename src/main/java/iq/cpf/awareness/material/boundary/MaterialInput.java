package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.SchoolLevel;
import java.util.List;

/** A lesson as an organiser writes it; an edit sends every text of the new version. */
public record MaterialInput(
        String topic, SchoolLevel ageBand, List<TextInput> texts, Integer version) {

    public record TextInput(
            Language language,
            String title,
            Integer durationMinutes,
            String markdown,
            List<QuizQuestion> quiz) {}
}
