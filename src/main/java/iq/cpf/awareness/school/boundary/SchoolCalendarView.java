package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.GovernorateCalendar;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.Shift;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school's calendar: its governorate's days off and periods (read here, kept by administrators)
 * and the school's own shift, hours and periods.
 */
public record SchoolCalendarView(
        long schoolId,
        String governorate,
        @Schema(
                        description =
                                "False when the governorate has no calendar: only the school's own is checked")
                boolean governorateCalendar,
        List<String> daysOff,
        List<CalendarPeriodView> governoratePeriods,
        Shift shift,
        @Schema(type = SchemaType.STRING, example = "07:30") LocalTime shiftStart,
        @Schema(type = SchemaType.STRING, example = "12:30") LocalTime shiftEnd,
        Language teachingLanguage,
        boolean policeConsent,
        List<CalendarPeriodView> periods,
        int version) {

    static SchoolCalendarView of(School school, GovernorateCalendar governorate) {
        return new SchoolCalendarView(
                school.getId(),
                school.getGovernorate(),
                governorate != null,
                governorate == null
                        ? List.of()
                        : GovernorateCalendarView.days(governorate.getDaysOff()),
                governorate == null ? List.of() : CalendarPeriodView.of(governorate.getPeriods()),
                school.getShift(),
                school.getShiftStart(),
                school.getShiftEnd(),
                school.getTeachingLanguage(),
                school.isPoliceConsent(),
                CalendarPeriodView.of(school.getPeriods()),
                school.getVersion());
    }
}
