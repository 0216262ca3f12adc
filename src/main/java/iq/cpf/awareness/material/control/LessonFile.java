package iq.cpf.awareness.material.control;

import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.SchoolLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One file of the curated library: a lesson in one language, Markdown after a YAML front matter
 * block (the format is described in {@code content/README.md}). Parsing refuses a file that lacks
 * what a lesson needs, with a message naming the file and the field, rather than importing half a
 * lesson.
 */
public record LessonFile(
        String id,
        String topic,
        SchoolLevel ageBand,
        Language language,
        String title,
        Integer durationMinutes,
        List<QuizQuestion> quiz,
        String body) {

    public static LessonFile parse(String name, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            throw new IllegalArgumentException(
                    name + ": the file must start with a front matter block (---)");
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            throw new IllegalArgumentException(
                    name + ": the front matter block is not closed (---)");
        }
        Map<?, ?> front;
        try {
            // SafeConstructor: a lesson file builds maps, lists and strings, never Java objects.
            Object loaded =
                    new Yaml(new SafeConstructor(new LoaderOptions()))
                            .load(normalised.substring(4, end));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(
                        name + ": the front matter is not a set of fields");
            }
            front = map;
        } catch (YAMLException e) {
            throw new IllegalArgumentException(
                    name + ": the front matter is not valid YAML: " + e.getMessage(), e);
        }
        int bodyStart = normalised.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();
        Object duration = front.get("duration");
        if (duration != null && !(duration instanceof Integer)) {
            throw new IllegalArgumentException(name + ": duration must be a number of minutes");
        }
        return new LessonFile(
                required(name, front, "id"),
                required(name, front, "topic"),
                choice(name, front, "ageBand", SchoolLevel.class),
                choice(name, front, "language", Language.class),
                required(name, front, "title"),
                (Integer) duration,
                quiz(name, front.get("quiz")),
                body);
    }

    private static String required(String name, Map<?, ?> front, String field) {
        Object value = front.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(name + ": the front matter has no " + field);
        }
        return value.toString().trim();
    }

    private static <E extends Enum<E>> E choice(
            String name, Map<?, ?> front, String field, Class<E> type) {
        String value = required(name, front, field);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    name + ": " + field + " '" + value + "' is not one the library knows", e);
        }
    }

    private static List<QuizQuestion> quiz(String name, Object quiz) {
        if (quiz == null) {
            return List.of();
        }
        if (!(quiz instanceof List<?> items)) {
            throw new IllegalArgumentException(name + ": quiz must be a list of questions");
        }
        List<QuizQuestion> questions = new ArrayList<>();
        for (Object item : items) {
            int number = questions.size() + 1;
            if (!(item instanceof Map<?, ?> question)
                    || !(question.get("choices") instanceof List<?> choices)
                    || question.get("question") == null
                    || !(question.get("answer") instanceof Integer answer)) {
                throw new IllegalArgumentException(
                        name
                                + ": quiz question "
                                + number
                                + " needs question, choices and answer (a number)");
            }
            if (answer < 1 || answer > choices.size()) {
                throw new IllegalArgumentException(
                        name + ": quiz question " + number + " answers a choice it does not have");
            }
            questions.add(
                    new QuizQuestion(
                            question.get("question").toString(),
                            choices.stream().map(String::valueOf).toList(),
                            answer));
        }
        return questions;
    }
}
