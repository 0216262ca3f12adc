package iq.cpf.awareness.platform.control;

import iq.cpf.awareness.platform.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Values read from text, each refusal naming where the text came from. Query parameters are read
 * this way ({@code Params}), and so is text that arrives inside a request, such as the cells of an
 * imported file, so that both refuse the same text with the same message.
 */
public final class Values {

    private Values() {}

    public static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min) {
                throw new InvalidInput(name, "param.min", min);
            }
            if (number > max) {
                throw new InvalidInput(name, "param.max", max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "param.integer");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    name,
                    "param.oneOf",
                    String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                                    .toList()));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(name, "field.required.reference");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "param.date");
        }
    }
}
