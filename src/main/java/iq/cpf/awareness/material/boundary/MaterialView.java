package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialText;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.Origin;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.school.entity.SchoolLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A lesson as the library lists it: its titles in each language of the version in use (the approved
 * one, else the newest), the versions with their states, and its files and links.
 */
public record MaterialView(
        Long id,
        String slug,
        String topic,
        SchoolLevel ageBand,
        Integer approvedVersion,
        int latestVersion,
        Map<String, String> titles,
        List<VersionSummary> versions,
        List<FileView> files,
        Instant createdAt,
        int version) {

    public record VersionSummary(
            int number,
            ApprovalState state,
            Origin origin,
            List<Language> languages,
            Instant createdAt,
            String createdBy) {

        static VersionSummary of(MaterialVersion v) {
            return new VersionSummary(
                    v.getNumber(),
                    v.getState(),
                    v.getOrigin(),
                    v.getTexts().stream().map(MaterialText::getLanguage).toList(),
                    v.getCreatedAt(),
                    v.getCreatedBy());
        }
    }

    static MaterialView of(Material m) {
        return of(m, m.getVersions());
    }

    /** What a volunteer sees of a lesson: its approved version, never a draft or a retired one. */
    static MaterialView published(Material m) {
        return of(m, m.approved().stream().toList());
    }

    /** Organisers see every version of a lesson, anyone else what is published of it. */
    static MaterialView seenBy(Material m, boolean organiser) {
        return organiser ? of(m) : published(m);
    }

    private static MaterialView of(Material m, List<MaterialVersion> versions) {
        MaterialVersion shown = m.approved().or(m::latest).orElseThrow();
        Map<String, String> titles = new TreeMap<>();
        shown.getTexts().forEach(t -> titles.put(t.getLanguage().code(), t.getTitle()));
        return new MaterialView(
                m.getId(),
                m.getSlug(),
                m.getTopic().getSlug(),
                m.getAgeBand(),
                m.approved().map(MaterialVersion::getNumber).orElse(null),
                m.latest().map(MaterialVersion::getNumber).orElse(0),
                titles,
                versions.stream().map(VersionSummary::of).toList(),
                m.getFiles().stream().map(FileView::of).toList(),
                m.getCreatedAt(),
                m.getVersion());
    }
}
