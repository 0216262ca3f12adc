package iq.cpf.awareness.participation.control;

import iq.cpf.awareness.participation.control.Summary.GradeReach;
import iq.cpf.awareness.participation.control.Summary.LessonGain;
import iq.cpf.awareness.participation.control.Summary.QuestionGain;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.platform.control.Pdfs;
import iq.cpf.awareness.platform.control.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A summary as a spreadsheet (CSV, one figure per row) or as a PDF report with charts, both in the
 * reader's language. The CSV starts with a byte order mark so that spreadsheet programs read it as
 * UTF-8 and show Arabic and Sorani; the PDF is laid out right-to-left for them ({@link Pdfs}).
 */
@ApplicationScoped
public class SummaryExports {

    @Inject Templates templates;
    @Inject Pdfs pdfs;

    /**
     * Our own figures: numbers, shares and gains ("12", "-3.5%", "+12 %"); anything else may be
     * someone's words.
     */
    private static final Pattern FIGURE =
            Pattern.compile("[+-]?[\\d.,\\s\u066B\u066C]*\\d[\\d.,\\s%\u066A-\u066C]*");

    /**
     * One row, each cell safe to open in a spreadsheet: text that an organiser or a school wrote (a
     * lesson's name, a grade, an area) and that starts like a formula ({@code = + - @}, a tab or a
     * carriage return) is written with a leading apostrophe, as OWASP advises against CSV
     * injection, so it is shown and never evaluated.
     */
    static void row(CSVPrinter csv, Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        csv.printRecord(safe);
    }

    static Object cell(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || FIGURE.matcher(text).matches()) {
            return value;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Columns: section, item, measure, value; one row per figure, so that a pivot table can take it
     * apart.
     */
    public byte[] csv(Summary s, Language language) {
        Locale l = language.locale();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            row(
                    csv,
                    t(l, "summary.csv.section"),
                    t(l, "summary.csv.item"),
                    t(l, "summary.csv.measure"),
                    t(l, "summary.csv.value"));
            row(csv, t(l, "summary.title"), t(l, "summary.sentence.label"), "", s.sentence());
            String schools = t(l, "summary.schools");
            row(csv, schools, t(l, "summary.schools.planned"), "", s.schools().planned());
            row(csv, schools, t(l, "summary.schools.visited"), "", s.schools().visited());
            row(csv, schools, t(l, "summary.schools.confirmed"), "", s.schools().confirmed());
            String visits = t(l, "summary.visits");
            row(csv, visits, t(l, "summary.visits.planned"), "", s.visits().planned());
            row(csv, visits, t(l, "summary.visits.done"), "", s.visits().done());
            row(csv, visits, t(l, "summary.visits.cancelled"), "", s.visits().cancelled());
            row(csv, visits, t(l, "summary.visits.awaiting"), "", s.visits().awaitingReport());
            row(csv, visits, t(l, "summary.sessions"), "", s.sessions());
            String students = t(l, "summary.students");
            row(csv, students, t(l, "summary.all"), t(l, "summary.girls"), s.students().girls());
            row(csv, students, t(l, "summary.all"), t(l, "summary.boys"), s.students().boys());
            row(csv, students, t(l, "summary.all"), t(l, "summary.total"), s.students().total());
            for (GradeReach g : s.byGrade()) {
                String grade = t(l, "summary.grade", g.grade());
                row(csv, students, grade, t(l, "summary.girls"), g.girls());
                row(csv, students, grade, t(l, "summary.boys"), g.boys());
                row(csv, students, grade, t(l, "summary.total"), g.total());
            }
            row(csv, t(l, "summary.teachers"), "", "", s.teachers());
            String knowledge = t(l, "summary.knowledge");
            row(
                    csv,
                    knowledge,
                    t(l, "summary.all"),
                    t(l, "summary.classes"),
                    s.knowledge().classes());
            row(
                    csv,
                    knowledge,
                    t(l, "summary.all"),
                    t(l, "summary.pre"),
                    share(s.knowledge().pre()));
            row(
                    csv,
                    knowledge,
                    t(l, "summary.all"),
                    t(l, "summary.post"),
                    share(s.knowledge().post()));
            row(
                    csv,
                    knowledge,
                    t(l, "summary.all"),
                    t(l, "summary.gain"),
                    gain(s.knowledge().gain()));
            for (LessonGain lesson : s.knowledge().lessons()) {
                String name = t(l, "summary.lesson", lesson.title(), lesson.version());
                row(csv, knowledge, name, t(l, "summary.classes"), lesson.classes());
                row(csv, knowledge, name, t(l, "summary.gain"), gain(lesson.gain()));
                for (QuestionGain q : lesson.questions()) {
                    String question = name + " — " + t(l, "summary.question", q.number());
                    row(csv, knowledge, question, t(l, "summary.pre"), share(q.pre()));
                    row(csv, knowledge, question, t(l, "summary.post"), share(q.post()));
                    row(csv, knowledge, question, t(l, "summary.gain"), gain(q.gain()));
                }
            }
            for (Summary.MaterialUse m : s.materials()) {
                row(
                        csv,
                        t(l, "summary.materials"),
                        t(l, "summary.lesson", m.title(), m.version()),
                        t(l, "summary.visits.done"),
                        m.visits());
            }
            String adults = t(l, "summary.adults");
            row(csv, adults, t(l, "summary.all"), t(l, "summary.events"), s.adults().events());
            for (Summary.RoleReach role : s.adults().byRole()) {
                String name = t(l, "summary.role." + role.role());
                row(csv, adults, name, t(l, "summary.women"), role.women());
                row(csv, adults, name, t(l, "summary.men"), role.men());
            }
            String reach = t(l, "summary.reach");
            row(csv, reach, t(l, "summary.students"), "", s.reach().students());
            row(csv, reach, t(l, "summary.teachers"), "", s.reach().teachers());
            row(csv, reach, t(l, "summary.adults"), "", s.reach().adults());
            row(csv, reach, t(l, "summary.total"), "", s.reach().total());
            for (Summary.AreaReach area : s.byArea()) {
                String name = area.governorate() + " / " + area.district();
                row(
                        csv,
                        t(l, "summary.areas"),
                        name,
                        t(l, "summary.visits.done"),
                        area.visitsDone());
                row(csv, t(l, "summary.areas"), name, t(l, "summary.girls"), area.girls());
                row(csv, t(l, "summary.areas"), name, t(l, "summary.boys"), area.boys());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The report: the sentence first, then the figures and their bar charts, drawn by the PDF
     * renderer from CSS.
     */
    public byte[] pdf(Summary s, Language language, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.dir());
        model.put("title", title);
        model.put("s", s);
        model.put("students", bars(List.of(s.students().girls(), s.students().boys())));
        model.put(
                "grades",
                s.byGrade().stream()
                        .map(
                                g ->
                                        List.of(
                                                g.grade(),
                                                g.girls(),
                                                g.boys(),
                                                percent(g.girls(), maxGrade(s)),
                                                percent(g.boys(), maxGrade(s))))
                        .toList());
        model.put(
                "overall",
                List.of(
                        share(s.knowledge().pre()),
                        share(s.knowledge().post()),
                        gain(s.knowledge().gain())));
        model.put(
                "gains", s.knowledge().lessons().stream().map(SummaryExports::lessonBars).toList());
        return pdfs.print(templates.page("report", language.locale(), model), language);
    }

    private static Map<String, Object> lessonBars(LessonGain lesson) {
        List<List<Object>> questions = new ArrayList<>();
        for (QuestionGain q : lesson.questions()) {
            questions.add(
                    List.of(
                            q.number(),
                            q.question(),
                            share(q.pre()),
                            share(q.post()),
                            gain(q.gain()),
                            percent(q.pre()),
                            percent(q.post())));
        }
        Map<String, Object> bars = new HashMap<>();
        bars.put("lesson", lesson);
        bars.put("pre", share(lesson.pre()));
        bars.put("post", share(lesson.post()));
        bars.put("gain", gain(lesson.gain()));
        bars.put("questions", questions);
        return bars;
    }

    private static long maxGrade(Summary s) {
        return s.byGrade().stream().mapToLong(g -> Math.max(g.girls(), g.boys())).max().orElse(0);
    }

    private static List<Long> bars(List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        return values.stream().map(v -> percent(v, max)).toList();
    }

    private static long percent(long value, long max) {
        return max == 0 ? 0 : Math.round(value * 100.0 / max);
    }

    private static long percent(Double share) {
        return share == null ? 0 : Math.round(share * 100);
    }

    /** A gain in percentage points with its sign, or empty when nothing was measured. */
    public static String gain(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%+.1f", value * 100);
    }

    /** A share as a percentage with one decimal, or empty when nothing was measured. */
    public static String share(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
