package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.entity.Audience;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import java.time.LocalDate;
import java.util.List;

public record CampaignView(
        Long id,
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
        List<Reminder> reminders,
        boolean openSignUp,
        int version) {

    public record Reminder(Audience audience, String before) {}

    static CampaignView of(Campaign c) {
        return new CampaignView(
                c.getId(),
                c.getName(),
                c.getTopic().getSlug(),
                c.getForum().getId(),
                c.getDescription(),
                c.getGovernorate(),
                List.copyOf(c.getDistricts()),
                c.getStartDate(),
                c.getEndDate(),
                c.getStatus(),
                c.getTimeZone(),
                c.getTargetSchools(),
                c.getTargetStudents(),
                c.getReminders().stream()
                        .map(r -> new Reminder(r.getAudience(), r.getBefore()))
                        .toList(),
                c.isOpenSignUp(),
                c.getVersion());
    }
}
