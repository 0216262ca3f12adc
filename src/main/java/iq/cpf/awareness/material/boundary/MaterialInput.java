package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.SchoolLevel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lesson as an organiser writes it; an edit sends every text of the new version. */
public record MaterialInput(
        @Schema(required = true) String topic,
        @Schema(required = true) SchoolLevel ageBand,
        @Schema(required = true) List<TextInput> texts,
        Integer version) {

    public record TextInput(
            @Schema(required = true) Language language,
            @Schema(required = true) String title,
            Integer durationMinutes,
            @Schema(required = true) String markdown,
            List<QuizQuestion> quiz) {}
}
