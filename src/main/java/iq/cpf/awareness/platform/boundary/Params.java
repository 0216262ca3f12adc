package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.control.Values;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Query parameters read from text, each refusal naming the parameter (400, never JAX-RS's 404). */
public final class Params {

    private Params() {}

    public static int integer(String name, String value, int min, int max) {
        return Values.integer(name, value, min, max);
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "param.integer");
        }
    }

    /**
     * For actions whose JSON body is optional: no body type at all, or JSON. A form-compatible type
     * (what a page of another site can make a browser send) is refused with 415 before anything
     * happens.
     */
    public static void jsonOrNone(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            if ("application".equalsIgnoreCase(type.getType())
                    && ("json".equalsIgnoreCase(type.getSubtype())
                            || type.getSubtype().endsWith("+json"))) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // an unreadable type is refused like any other that is not JSON
        }
        throw new NotSupportedException();
    }

    /** A numeric id in the path; anything else addresses nothing (404). */
    public static long pathId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("error.http.404");
        }
    }

    /**
     * The start of a period: an instant with offset ({@code 2026-12-01T09:00:00+03:00}), or a date
     * meaning the start of that day in {@code zone} (the forums' zone: a date is a day in Iraq).
     */
    public static Instant from(String name, String value, ZoneId zone) {
        return instant(name, value, zone, false);
    }

    /**
     * The end of a period, exclusive: an instant with offset, or a date meaning the end of that day
     * in {@code zone}, so that {@code from=D&to=D} is the whole of day D.
     */
    public static Instant until(String name, String value, ZoneId zone) {
        return instant(name, value, zone, true);
    }

    private static Instant instant(String name, String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(value.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidInput(name, "param.instant");
            }
        }
    }

    /** A {@code YYYY-MM-DD} date, or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "param.date");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        return Values.enumeration(name, value, type);
    }
}
