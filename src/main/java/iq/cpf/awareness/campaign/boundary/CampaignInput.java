package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as a client sends it. Absent optional fields take their defaults on creation (status
 * draft, the server's time zone, the default reminder rules) and stay as they were on update.
 */
public record CampaignInput(
        String name,
        String topic,
        Long forumId,
        String description,
        String governorate,
        List<String> districts,
        LocalDate startDate,
        LocalDate endDate,
        CampaignStatus status,
        String timeZone,
        Integer targetSchools,
        Integer targetStudents,
        List<ReminderInput> reminders,
        Boolean openSignUp,
        Integer version) {

    /** One reminder rule: {@code {"audience": "school", "before": "P1D"}}. */
    public record ReminderInput(Audience audience, String before) {}
}
