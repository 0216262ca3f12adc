package iq.cpf.awareness.material.control;

import iq.cpf.awareness.material.control.Materials.Imported;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.Startup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Imports the curated lesson library ({@code content/lessons}, packaged into the WAR under {@code
 * WEB-INF/content}, or the folder {@code CONTENT_DIR} names) when the application starts. Each
 * lesson is imported in a transaction of its own, so one broken file costs its lesson, not the
 * library.
 */
@ApplicationScoped
public class ContentLibrary {

    private static final Logger LOG = Logger.getLogger(ContentLibrary.class);
    private static final String PACKAGED = "/WEB-INF/content/lessons/";

    @Inject Materials materials;
    @Inject Settings settings;

    /** Part of start-up, in the order of {@link Startup#LESSON_LIBRARY}. */
    void onStarting(@Observes @Priority(Startup.LESSON_LIBRARY) Startup.Starting starting) {
        importLibrary(starting.web().orElse(null));
    }

    /**
     * Imports the library from the application's own files ({@code web}, the WAR) or {@code
     * CONTENT_DIR}.
     */
    public void importLibrary(ServletContext web) {
        Map<Imported, Integer> counts = new EnumMap<>(Imported.class);
        importFiles(files(web)).forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        LOG.infof("Lesson library imported: %s", counts);
    }

    /** The library's files by name, read from the folder the settings name or else from the WAR. */
    Map<String, String> files(ServletContext web) {
        var folder = settings.contentDir();
        if (folder.isPresent()) {
            return fromFolder(folder.get().resolve("lessons"));
        }
        Map<String, String> files = new TreeMap<>();
        if (web != null) {
            collect(web, PACKAGED, files);
        }
        return files;
    }

    private static void collect(ServletContext web, String path, Map<String, String> files) {
        Set<String> paths = web.getResourcePaths(path);
        if (paths == null) {
            return;
        }
        for (String child : paths) {
            if (child.endsWith("/")) {
                collect(web, child, files);
            } else if (child.endsWith(".md")) {
                try (InputStream in = web.getResourceAsStream(child)) {
                    files.put(
                            child.substring(PACKAGED.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    public static Map<String, String> fromFolder(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.put(
                        folder.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Imports the lessons these files make up (files by name); answers what happened to each
     * lesson.
     */
    public List<Imported> importFiles(Map<String, String> files) {
        Map<String, List<LessonFile>> lessons = new LinkedHashMap<>();
        for (var file : files.entrySet()) {
            try {
                LessonFile lesson = LessonFile.parse(file.getKey(), file.getValue());
                lessons.computeIfAbsent(lesson.id(), id -> new ArrayList<>()).add(lesson);
            } catch (IllegalArgumentException e) {
                LOG.errorf("Lesson file skipped: %s", e.getMessage());
            }
        }
        List<Imported> outcomes = new ArrayList<>();
        for (var lesson : lessons.entrySet()) {
            List<LessonFile> languages =
                    lesson.getValue().stream()
                            .sorted(Comparator.comparing(LessonFile::language))
                            .toList();
            LessonFile first = languages.get(0);
            try {
                outcomes.add(
                        materials.importLesson(
                                lesson.getKey(),
                                first.topic(),
                                first.ageBand(),
                                checksum(languages),
                                languages.stream()
                                        .map(
                                                f ->
                                                        new LessonText(
                                                                f.language(),
                                                                f.title(),
                                                                f.durationMinutes(),
                                                                f.body(),
                                                                f.quiz()))
                                        .toList()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Lesson %s was not imported", lesson.getKey());
            }
        }
        return outcomes;
    }

    /**
     * What the lesson's files say, whatever their line endings: equal checksums mean nothing to
     * import.
     */
    private static String checksum(List<LessonFile> languages) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LessonFile file : languages) {
                String text =
                        String.join(
                                "\u0000",
                                file.language().name(),
                                file.topic(),
                                file.ageBand().name(),
                                file.title(),
                                String.valueOf(file.durationMinutes()),
                                Quizzes.json(file.quiz()) + "",
                                file.body());
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
