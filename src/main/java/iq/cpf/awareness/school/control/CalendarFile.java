package iq.cpf.awareness.school.control;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.control.Values;
import iq.cpf.awareness.school.entity.CalendarPeriod;
import iq.cpf.awareness.school.entity.PeriodKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A calendar's periods as a file brings them: a spreadsheet saved as CSV with the columns {@code
 * kind,name,from,to} (dates YYYY-MM-DD, both days included), or an iCalendar file whose all-day
 * events are the periods (CATEGORIES says the kind: term, holiday or exams; holiday when absent).
 * Each line or event becomes a period or the reasons it cannot, placed by line or event number;
 * nothing is written here.
 */
public final class CalendarFile {

    static final List<String> COLUMNS = List.of("kind", "name", "from", "to");

    private CalendarFile() {}

    /** One line or event of the file: the period it describes, or what is wrong with it. */
    public record Entry(String place, CalendarPeriod period, List<Violation> problems) {}

    public static List<Entry> csv(String text) {
        try (CSVParser parser =
                CSVParser.builder()
                        .setReader(new StringReader(text))
                        .setFormat(SchoolCsv.FORMAT)
                        .get()) {
            List<String> header =
                    SchoolCsv.header(parser).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput(
                        "file",
                        "calendar.import.header",
                        String.join(", ", missing),
                        String.join(", ", COLUMNS));
            }
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord record : parser) {
                entries.add(
                        entry(
                                "line " + (record.getRecordNumber() + 1) + ": ",
                                SchoolCsv.value(record, header, "kind"),
                                SchoolCsv.value(record, header, "name"),
                                SchoolCsv.value(record, header, "from"),
                                SchoolCsv.value(record, header, "to")));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Entry> ics(String text) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new InvalidInput("file", "calendar.import.ics", e.getLineNo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            List<Violation> problems = new ArrayList<>();
            String place = "event " + (i + 1) + ": ";
            LocalDate first = day(event.getProperty(Property.DTSTART), "from", problems);
            LocalDate end = day(event.getProperty(Property.DTEND), "to", problems);
            // An all-day event ends the day after its last (RFC 5545 3.6.1); one without an end
            // is one day long.
            LocalDate last = end == null ? first : end.minusDays(1);
            if (last != null && first != null && last.isBefore(first)) {
                last = first;
            }
            String kind =
                    event.getProperty(Property.CATEGORIES)
                            .map(p -> p.getValue().split(",")[0])
                            .orElse("holiday");
            String name = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse(null);
            Entry entry = entry(place, kind, name, null, null);
            problems.addAll(entry.problems());
            entries.add(
                    new Entry(
                            place,
                            new CalendarPeriod(entry.period().getKind(), name, first, last),
                            problems));
        }
        return entries;
    }

    private static LocalDate day(
            Optional<Property> property, String field, List<Violation> problems) {
        if (property.isEmpty()) {
            if ("from".equals(field)) {
                problems.add(new Violation(field, "field.required.reference"));
            }
            return null;
        }
        Temporal date = ((DateProperty<?>) property.get()).getDate();
        try {
            return LocalDate.from(date);
        } catch (RuntimeException e) {
            problems.add(new Violation(field, "param.date"));
            return null;
        }
    }

    private static Entry entry(String place, String kind, String name, String from, String to) {
        List<Violation> problems = new ArrayList<>();
        PeriodKind periodKind =
                SchoolCsv.parse(problems, () -> Values.enumeration("kind", kind, PeriodKind.class));
        LocalDate first =
                from == null ? null : SchoolCsv.parse(problems, () -> Values.date("from", from));
        LocalDate last = to == null ? null : SchoolCsv.parse(problems, () -> Values.date("to", to));
        return new Entry(place, new CalendarPeriod(periodKind, name, first, last), problems);
    }
}
