package iq.cpf.awareness.participation.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.cpf.awareness.participation.entity.ParticipationRevision;
import java.time.Instant;

/** One report of a visit's participation, as it was sent. */
public record RevisionView(int revision, String reportedBy, Instant reportedAt, JsonNode report) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RevisionView of(ParticipationRevision revision) {
        try {
            return new RevisionView(
                    revision.getRevision(),
                    revision.getReportedBy(),
                    revision.getReportedAt(),
                    JSON.readTree(revision.getReport()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored participation report is not valid JSON", e);
        }
    }
}
