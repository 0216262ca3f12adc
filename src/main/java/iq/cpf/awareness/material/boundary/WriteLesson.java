package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.control.LessonText;
import iq.cpf.awareness.material.control.Markdown;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.control.Quizzes;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialText;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.school.entity.SchoolLevel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * Writing a lesson in Markdown: a new lesson, or the next version of one, starting from the text of
 * one of its versions. Each language has its title and body, and a preview rendered by the same
 * code that renders the lesson for visits, the schools' pages and emails ({@link Markdown}), so
 * what the organiser sees is what the school will read. Submitting makes a draft version through
 * the service the API uses, with its rules; the draft awaits approval in the library.
 */
@Named
@ViewScoped
public class WriteLesson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Materials materials;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    /** The lesson a new version is written for; none for a new lesson. */
    private Long lesson;

    /** The version whose text the new one starts from; the newest when none is given. */
    private Integer from;

    /** The lesson's version as it was read, so that a change made meanwhile is refused. */
    private Integer read;

    /** The titles of the version the new one starts from. */
    private final EnumMap<Language, String> titles = new EnumMap<>(Language.class);

    private String topic;
    private SchoolLevel ageBand;

    /** The tab the organiser has open; at first, the page's language. */
    private Integer activeTab;

    private final List<Text> texts = Arrays.stream(Language.values()).map(Text::new).toList();

    /** A lesson's text in one language as the form edits it. */
    public static class Text implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Language language;
        private String title;
        private Integer durationMinutes;
        private String markdown;

        /**
         * The quiz of the version the text starts from, as stored: the form does not edit quizzes,
         * so the new version keeps it.
         */
        private String quiz;

        Text(Language language) {
            this.language = language;
        }

        boolean written() {
            return !blank(title) || !blank(markdown);
        }

        public Language getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public String getMarkdown() {
            return markdown;
        }

        public void setMarkdown(String markdown) {
            this.markdown = markdown;
        }

        public int getQuizQuestions() {
            return Quizzes.read(quiz).size();
        }

        /** The body as the schools will read it: rendered and sanitised like every lesson. */
        public String getPreview() {
            return Markdown.html(markdown);
        }
    }

    /**
     * Fills the form from the version the new one starts from. An unknown lesson or version is a
     * page that does not exist.
     */
    @InTransaction
    public void open() throws IOException {
        if (lesson == null) {
            return;
        }
        try {
            Material material = materials.get(lesson);
            MaterialVersion base =
                    from == null
                            ? material.latest().orElseThrow(() -> NotFound.of("material", lesson))
                            : materials.version(lesson, from);
            read = material.getVersion();
            topic = material.getTopic().getSlug();
            ageBand = material.getAgeBand();
            from = base.getNumber();
            for (MaterialText written : base.getTexts()) {
                titles.put(written.getLanguage(), written.getTitle());
                Text text = text(written.getLanguage());
                text.title = written.getTitle();
                text.durationMinutes = written.getDurationMinutes();
                text.markdown = written.getBodyMarkdown();
                text.quiz = written.getQuiz();
            }
        } catch (NotFound unknown) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * Makes the written languages a draft version (the lesson's first, or its next) and goes to the
     * library, opened at that version, where it awaits approval; a refusal is shown as the API
     * would word it.
     */
    public String submit() {
        List<LessonText> written =
                texts.stream()
                        .filter(Text::written)
                        .map(
                                t ->
                                        new LessonText(
                                                t.language,
                                                t.title,
                                                t.durationMinutes,
                                                t.markdown,
                                                Quizzes.read(t.quiz)))
                        .toList();
        String author = caller.email().orElse(null);
        MaterialVersion draft;
        try {
            draft =
                    lesson == null
                            ? materials
                                    .create(topic, ageBand, written, author)
                                    .latest()
                                    .orElseThrow()
                            : materials.revise(lesson, read, written, author);
        } catch (RuntimeException refused) {
            problems.show(refused);
            return null;
        }
        // Said by the library's page from its address (submitted=true), not carried in the flash:
        // the flash lives in the session, which a replicated session may not have written yet when
        // the redirected request reads it, and the message was then lost now and again.
        return "/materials?faces-redirect=true&lesson="
                + draft.getMaterial().getId()
                + "&version="
                + draft.getNumber()
                + "&submitted=true";
    }

    private Text text(Language language) {
        return texts.stream().filter(t -> t.language == language).findFirst().orElseThrow();
    }

    /** The page's language, which is set once the view is built for rendering. */
    private static Language pageLanguage() {
        return Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<SchoolLevel> getAgeBands() {
        return Arrays.asList(SchoolLevel.values());
    }

    public List<Text> getTexts() {
        return texts;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    /**
     * The title of the version the new one starts from in the page's language, else in Arabic, else
     * in any, as lessons are shown everywhere.
     */
    public String getTitle() {
        Language language = pageLanguage();
        return titles.getOrDefault(
                language,
                titles.getOrDefault(
                        Language.AR, titles.values().stream().findFirst().orElse(null)));
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public SchoolLevel getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(SchoolLevel ageBand) {
        this.ageBand = ageBand;
    }

    public int getActiveTab() {
        return activeTab != null ? activeTab : texts.indexOf(text(pageLanguage()));
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }
}
