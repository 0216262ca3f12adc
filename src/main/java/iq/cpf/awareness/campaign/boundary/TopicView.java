package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TopicView(
        String slug,
        String name,
        String nameAr,
        String nameCkb,
        @Schema(
                        description =
                                "Its visits are led by a volunteer whose safeguarding vetting is valid on the day")
                boolean sensitive,
        @Schema(description = "Its visits to girls' schools have a woman on the team")
                boolean womanForGirls,
        @Schema(description = "A police officer on its visits needs the school's consent")
                boolean policeConsent) {

    static TopicView of(Topic topic) {
        return new TopicView(
                topic.getSlug(),
                topic.getNameEn(),
                topic.getNameAr(),
                topic.getNameCkb(),
                topic.isSensitive(),
                topic.isWomanForGirls(),
                topic.isPoliceConsent());
    }

    /** A topic's safeguarding rules as an administrator sets them. */
    public record Safeguarding(
            @Schema(required = true) Boolean sensitive,
            @Schema(required = true) Boolean womanForGirls,
            @Schema(required = true) Boolean policeConsent) {}
}
