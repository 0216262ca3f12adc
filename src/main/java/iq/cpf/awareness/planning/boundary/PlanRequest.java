package iq.cpf.awareness.planning.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organiser asks the solver to plan: which schools, between which days, how often. */
public record PlanRequest(
        @Schema(description = "The schools to visit (of the campaign's forum); or give district")
                List<Long> schoolIds,
        @Schema(
                        description =
                                "Every school of the campaign's forum in this district, when schoolIds is not given")
                String district,
        @Schema(required = true, description = "The first day visits may be on") LocalDate from,
        @Schema(
                        required = true,
                        description = "The last day visits may be on, at most 120 days after from")
                LocalDate to,
        @Schema(description = "Visits to each school, 1 to 5; 1 when not given")
                Integer visitsPerSchool,
        @Schema(description = "Minutes each visit lasts, 15 to 240; 60 when not given")
                Integer durationMinutes,
        @Schema(description = "Seconds the solver may take, 1 to 300; 30 when not given")
                Integer secondsLimit,
        @Schema(
                        description =
                                "local-search (the default): the solver's full search; first-fit: a greedy first fit only, the baseline the planning benchmark compares with")
                String search) {}
