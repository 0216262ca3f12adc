package iq.cpf.awareness.planning.boundary;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change an organiser makes to one visit of a solved proposal before committing it. */
public record PlanVisitChange(
        @Schema(
                        description =
                                "A new start; the visit keeps its team and is locked there. Refused with 409 naming the rules it would break or what it would clash with.")
                OffsetDateTime start,
        @Schema(
                        description =
                                "Lock (true) to keep the visit where it is when the proposal is solved again, or unlock (false) to let the solver move it")
                Boolean locked) {}
