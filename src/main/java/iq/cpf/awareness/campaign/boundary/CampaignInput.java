package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign as a client sends it. Absent optional fields take their defaults on creation (status
 * draft, the server's time zone, the default reminder rules) and stay as they were on update.
 */
public record CampaignInput(
        @Schema(required = true) String name,
        @Schema(required = true) String topic,
        @Schema(required = true) Long forumId,
        String description,
        @Schema(required = true) String governorate,
        List<String> districts,
        @Schema(required = true) LocalDate startDate,
        @Schema(required = true) LocalDate endDate,
        CampaignStatus status,
        String timeZone,
        Integer targetSchools,
        Integer targetStudents,
        List<ReminderInput> reminders,
        Boolean openSignUp,
        Integer version) {

    /** One reminder rule: {@code {"audience": "school", "before": "P1D"}}. */
    public record ReminderInput(
            @Schema(required = true) Audience audience, @Schema(required = true) String before) {}

    /** A rule sent as null is kept as a rule without values, so that validation names its place. */
    Campaigns.Details details() {
        return new Campaigns.Details(
                name,
                topic,
                forumId,
                description,
                governorate,
                districts,
                startDate,
                endDate,
                status,
                timeZone,
                targetSchools,
                targetStudents,
                reminders == null
                        ? null
                        : reminders.stream()
                                .map(
                                        r ->
                                                r == null
                                                        ? new ReminderRule(null, null)
                                                        : new ReminderRule(
                                                                r.audience(), r.before()))
                                .toList(),
                openSignUp);
    }
}
