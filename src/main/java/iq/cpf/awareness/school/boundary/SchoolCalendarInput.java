package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.Shift;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school's shift, hours and own periods as a client sends them, replacing what was. */
public record SchoolCalendarInput(
        Shift shift,
        @Schema(type = SchemaType.STRING, example = "07:30") LocalTime shiftStart,
        @Schema(type = SchemaType.STRING, example = "12:30") LocalTime shiftEnd,
        @Schema(
                        description =
                                "The language its pupils are taught in: a planned team has someone who speaks it")
                Language teachingLanguage,
        @Schema(
                        description =
                                "Whether the school agreed to police officers in uniform on its visits")
                Boolean policeConsent,
        List<CalendarPeriodView> periods,
        @Schema(description = "The school's version read, to refuse an edit made meanwhile (409)")
                Integer version) {}
