package iq.cpf.awareness.school.control;

import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.control.Values;
import iq.cpf.awareness.school.control.Schools.ContactDetails;
import iq.cpf.awareness.school.control.Schools.Details;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A school directory as a spreadsheet exports it: UTF-8 (with or without a byte order mark), a
 * header row naming the columns below, one school per line with at most one contact. Each line
 * becomes the same details the API takes, or the reasons it cannot; nothing is written here.
 */
public final class SchoolCsv {

    static final List<String> REQUIRED =
            List.of("name", "governorate", "district", "level", "type");
    static final List<String> COLUMNS =
            List.of(
                    "name",
                    "nameLatin",
                    "governorate",
                    "district",
                    "level",
                    "type",
                    "students",
                    "contactName",
                    "contactEmail",
                    "contactPhone",
                    "contactLanguage");

    /** A header row, empty lines skipped, cells trimmed: what spreadsheets export. */
    static final CSVFormat FORMAT =
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .setAllowMissingColumnNames(true)
                    .get();

    private SchoolCsv() {}

    /** The column names, without the byte order mark a spreadsheet may put before the first. */
    static List<String> header(CSVParser parser) {
        return parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
    }

    /** One line of the file: the school it describes, or what is wrong with its values. */
    public record Line(long number, Details school, List<Violation> problems) {}

    public static List<Line> read(Reader reader) {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = header(parser);
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput(
                        "file",
                        "schools.import.header",
                        String.join(", ", missing),
                        String.join(", ", COLUMNS));
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(line(record, header));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line line(CSVRecord record, List<String> header) {
        List<Violation> problems = new ArrayList<>();
        SchoolLevel level =
                parse(
                        problems,
                        () ->
                                Values.enumeration(
                                        "level",
                                        value(record, header, "level"),
                                        SchoolLevel.class));
        SchoolType type =
                parse(
                        problems,
                        () ->
                                Values.enumeration(
                                        "type", value(record, header, "type"), SchoolType.class));
        String students = value(record, header, "students");
        Integer count =
                students == null
                        ? null
                        : parse(problems, () -> Values.integer("students", students, 0, 100_000));
        List<ContactDetails> contacts = new ArrayList<>();
        String contactName = value(record, header, "contactName");
        String contactEmail = value(record, header, "contactEmail");
        String contactMobile = value(record, header, "contactMobile");
        if (contactName != null || contactEmail != null || contactMobile != null) {
            Language language =
                    parse(
                            problems,
                            () ->
                                    Values.enumeration(
                                            "contactLanguage",
                                            value(record, header, "contactLanguage"),
                                            Language.class));
            contacts.add(
                    new ContactDetails(
                            contactName,
                            contactEmail,
                            value(record, header, "contactPhone"),
                            language == null ? Language.AR : language,
                            contactMobile,
                            parse(
                                    problems,
                                    () ->
                                            Values.enumeration(
                                                    "contactChannel",
                                                    value(record, header, "contactChannel"),
                                                    Channel.class))));
        }
        long number = record.getRecordNumber() + 1;
        return new Line(
                number,
                new Details(
                        value(record, header, "name"),
                        value(record, header, "nameLatin"),
                        value(record, header, "governorate"),
                        value(record, header, "district"),
                        level,
                        type,
                        count,
                        contacts),
                problems);
    }

    static <T> T parse(List<Violation> problems, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (InvalidInput invalid) {
            problems.addAll(invalid.violations());
            return null;
        }
    }

    static String value(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value;
    }
}
