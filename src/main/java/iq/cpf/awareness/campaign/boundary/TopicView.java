package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.entity.Topic;

public record TopicView(String slug, String name, String nameAr, String nameCkb) {

    static TopicView of(Topic topic) {
        return new TopicView(
                topic.getSlug(), topic.getNameEn(), topic.getNameAr(), topic.getNameCkb());
    }
}
