package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.entity.MaterialFile;
import java.time.Instant;
import java.util.Locale;

/**
 * A file or link of a lesson; {@code href} is where to download it (or, for a link, where it
 * points).
 */
public record FileView(
        Long id,
        String kind,
        String name,
        String contentType,
        Long size,
        String sha256,
        String href,
        Instant createdAt) {

    static FileView of(MaterialFile f) {
        String href =
                f.getKind() == MaterialFile.Kind.LINK
                        ? f.getUrl()
                        : "/api/materials/" + f.getMaterial().getId() + "/files/" + f.getId();
        return new FileView(
                f.getId(),
                f.getKind().name().toLowerCase(Locale.ROOT),
                f.getName(),
                f.getContentType(),
                f.getSizeBytes(),
                f.getSha256(),
                href,
                f.getCreatedAt());
    }
}
