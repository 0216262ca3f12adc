package iq.cpf.awareness.campaign.boundary;

import iq.cpf.awareness.campaign.control.Topics;
import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.platform.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics as the pages name them: each in the page's language, from the names kept with the
 * topic (so a topic an organiser adds is named like the seeded ones), read once per request however
 * many rows of a list ask.
 */
@Named
@RequestScoped
public class TopicNames {

    @Inject Topics topics;

    private Map<String, String> names;

    /** One topic as a choice of a menu: its slug and its name in the page's language. */
    public record TopicName(String slug, String name) {}

    public List<TopicName> getAll() {
        return names().entrySet().stream()
                .map(e -> new TopicName(e.getKey(), e.getValue()))
                .toList();
    }

    /** The topic's name in the page's language; the slug of one that no longer exists. */
    public String of(String slug) {
        return names().getOrDefault(slug, slug);
    }

    private Map<String, String> names() {
        if (names == null) {
            Language language =
                    Language.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            names = new LinkedHashMap<>();
            for (Topic topic : topics.all()) {
                names.put(topic.getSlug(), topic.name(language));
            }
        }
        return names;
    }
}
