package iq.cpf.awareness.school.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Days off as one column, {@code FRIDAY,SATURDAY}: read and written whole, never queried. */
@Converter
public class DaysOffConverter implements AttributeConverter<Set<DayOfWeek>, String> {

    @Override
    public String convertToDatabaseColumn(Set<DayOfWeek> days) {
        return days == null
                ? ""
                : days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DayOfWeek> convertToEntityAttribute(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(DayOfWeek::valueOf)
                    .forEach(days::add);
        }
        return days;
    }
}
