package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.control.Values;
import iq.cpf.awareness.volunteer.entity.Away;
import iq.cpf.awareness.volunteer.entity.Gender;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import iq.cpf.awareness.volunteer.entity.Window;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When and where a volunteer goes, as the planner uses it: weekly windows (none: any time), dates
 * away, a maximum of visits a week (Sunday to Saturday), and what the safeguarding rules need.
 */
public record AvailabilityView(
        Long volunteerId,
        Gender gender,
        @Schema(maxLength = 100) String homeDistrict,
        @Schema(description = "A police officer's unit", maxLength = 200) String unit,
        @Schema(minimum = "1", maximum = "50") Integer maxVisitsPerWeek,
        List<WindowView> windows,
        List<AwayView> away,
        @Schema(
                        description =
                                "The volunteer's version read, to refuse an edit made meanwhile (409)")
                Integer version) {

    /** Hours of a weekday, every week. */
    public record WindowView(
            @Schema(required = true, description = "sunday ... saturday") String day,
            @Schema(required = true, type = SchemaType.STRING, example = "08:00") LocalTime start,
            @Schema(required = true, type = SchemaType.STRING, example = "12:00") LocalTime end) {}

    /** Days away, both included. */
    public record AwayView(
            @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to) {}

    static AvailabilityView of(Volunteer v) {
        return new AvailabilityView(
                v.getId(),
                v.getGender(),
                v.getHomeDistrict(),
                v.getUnit(),
                v.getMaxVisitsPerWeek(),
                v.getWindows().stream()
                        .map(
                                w ->
                                        new WindowView(
                                                w.getDay().name().toLowerCase(Locale.ROOT),
                                                w.getStart(),
                                                w.getEnd()))
                        .toList(),
                v.getAway().stream().map(a -> new AwayView(a.getFrom(), a.getTo())).toList(),
                v.getVersion());
    }

    /** The windows sent, each day read as the API reads an enumeration; a bad one is named. */
    List<Window> windowsSent() {
        List<Window> read = new ArrayList<>();
        List<InvalidInput.Violation> problems = new ArrayList<>();
        List<WindowView> sent = windows == null ? List.of() : windows;
        for (int i = 0; i < sent.size(); i++) {
            WindowView w = sent.get(i);
            DayOfWeek day = null;
            try {
                day =
                        w == null
                                ? null
                                : Values.enumeration(
                                        "windows[" + i + "].day", w.day(), DayOfWeek.class);
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.violations());
            }
            read.add(
                    w == null ? new Window(null, null, null) : new Window(day, w.start(), w.end()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return read;
    }

    List<Away> awaySent() {
        return away == null
                ? List.of()
                : away.stream()
                        .map(a -> a == null ? new Away(null, null) : new Away(a.from(), a.to()))
                        .toList();
    }
}
