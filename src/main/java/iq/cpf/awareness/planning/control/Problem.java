package iq.cpf.awareness.planning.control;

import java.time.ZoneId;

/** What the solver is given for a proposal, with what its answer is read back in. */
public record Problem(
        long proposalId, PlanSolution solution, ZoneId zone, int seconds, boolean firstFitOnly) {}
