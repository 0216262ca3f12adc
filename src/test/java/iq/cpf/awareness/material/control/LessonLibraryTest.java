package iq.cpf.awareness.material.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.material.entity.QuizQuestion;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.SchoolLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The curated library in content/ as the import will read it: every file parses, every lesson is
 * complete.
 */
class LessonLibraryTest {

    private static final Set<String> TOPICS = Set.of("drugs", "harassment", "internet-misuse");

    /**
     * Seven or more digits in a row, with or without separators: a phone number the lessons must
     * not invent.
     */
    private static final Pattern PHONE =
            Pattern.compile("[0-9٠-٩۰-۹][0-9٠-٩۰-۹ \\-]{5,}[0-9٠-٩۰-۹]");

    private static Map<String, List<LessonFile>> lessons() {
        Map<String, List<LessonFile>> lessons = new TreeMap<>();
        ContentLibrary.fromFolder(Path.of("content", "lessons"))
                .forEach(
                        (name, text) ->
                                lessons.computeIfAbsent(
                                                LessonFile.parse(name, text).id(),
                                                id -> new ArrayList<>())
                                        .add(LessonFile.parse(name, text)));
        return lessons;
    }

    @Test
    void everyTopicAndAgeBandHasALessonInEnglishAndArabic() {
        Map<String, List<LessonFile>> lessons = lessons();
        for (String topic : TOPICS) {
            for (SchoolLevel band : SchoolLevel.values()) {
                String id = topic + "-" + band.name().toLowerCase(Locale.ROOT);
                List<LessonFile> files = lessons.get(id);
                assertTrue(files != null, "missing lesson " + id);
                Set<Language> languages =
                        files.stream().map(LessonFile::language).collect(Collectors.toSet());
                assertTrue(
                        languages.containsAll(Set.of(Language.EN, Language.AR)),
                        id + " has " + languages);
                files.forEach(
                        f -> {
                            assertEquals(topic, f.topic(), id);
                            assertEquals(band, f.ageBand(), id);
                        });
            }
        }
    }

    @Test
    void quizzesHaveFiveToEightQuestionsWithTheSameAnswersInEveryLanguage() {
        lessons()
                .forEach(
                        (id, files) -> {
                            List<QuizQuestion> english =
                                    files.stream()
                                            .filter(f -> f.language() == Language.EN)
                                            .findFirst()
                                            .orElseThrow()
                                            .quiz();
                            assertTrue(
                                    english.size() >= 5 && english.size() <= 8,
                                    id + " has " + english.size() + " questions");
                            for (LessonFile file : files) {
                                assertEquals(
                                        english.size(),
                                        file.quiz().size(),
                                        id + " " + file.language());
                                for (int i = 0; i < english.size(); i++) {
                                    assertEquals(
                                            english.get(i).answer(),
                                            file.quiz().get(i).answer(),
                                            id + " " + file.language() + " q" + (i + 1));
                                    assertEquals(
                                            english.get(i).choices().size(),
                                            file.quiz().get(i).choices().size());
                                }
                            }
                        });
    }

    @Test
    void lessonsNameNoPhoneNumbersAndKeepTheReferralSection() {
        lessons()
                .forEach(
                        (id, files) ->
                                files.forEach(
                                        file -> {
                                            assertFalse(
                                                    PHONE.matcher(file.body()).find(),
                                                    () ->
                                                            id
                                                                    + " "
                                                                    + file.language()
                                                                    + " holds a number: "
                                                                    + PHONE.matcher(file.body())
                                                                            .results()
                                                                            .map(r -> r.group())
                                                                            .toList());
                                            assertTrue(
                                                    file.durationMinutes() != null
                                                            && file.durationMinutes() >= 30,
                                                    id);
                                            assertTrue(
                                                    file.body()
                                                                    .lines()
                                                                    .filter(
                                                                            l ->
                                                                                    l.startsWith(
                                                                                            "## "))
                                                                    .count()
                                                            >= 7,
                                                    id + " " + file.language() + " lacks sections");
                                        }));
    }

    @Test
    void brokenFrontMatterIsRefusedNamingTheFile() {
        var noBlock =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> LessonFile.parse("a.md", "# Title only"));
        assertTrue(noBlock.getMessage().startsWith("a.md"));
        var noId =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LessonFile.parse(
                                        "b.md",
                                        "---\ntopic: drugs\nageBand: primary\nlanguage: en\ntitle: x\n---\nbody"));
        assertTrue(noId.getMessage().contains("id"), noId.getMessage());
        var badBand =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LessonFile.parse(
                                        "c.md",
                                        "---\nid: x\ntopic: drugs\nageBand: nursery\nlanguage: en\ntitle: x\n---\nbody"));
        assertTrue(badBand.getMessage().contains("ageBand"), badBand.getMessage());
        var badAnswer =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LessonFile.parse(
                                        "d.md",
                                        "---\nid: x\ntopic: drugs\nageBand: primary\nlanguage: en\ntitle: x\nquiz:\n  - question: q\n    choices: [a, b]\n    answer: 3\n---\nbody"));
        assertTrue(badAnswer.getMessage().contains("question 1"), badAnswer.getMessage());
        var javaObject =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LessonFile.parse(
                                        "e.md", "---\nid: !!java.io.File [\"/etc\"]\n---\nbody"));
        assertTrue(javaObject.getMessage().startsWith("e.md"), javaObject.getMessage());
    }
}
