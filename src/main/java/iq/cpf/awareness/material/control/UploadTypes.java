package iq.cpf.awareness.material.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * What an uploaded file really is, from its bytes alone: Tika's magic-number detection (tika-core
 * only, no parsers), checked against the allow-list. The sent name is not given to Tika, because
 * Tika trusts a name for bytes it cannot place, so that unknown bytes named {@code .pdf} would pass
 * as a PDF. Office documents are ZIP containers that magic numbers cannot tell apart; the part each
 * must hold decides.
 */
public final class UploadTypes {

    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PPTX =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Allowed types and the extension each is stored and downloaded with. */
    static final Map<String, String> ALLOWED =
            Map.of(
                    "application/pdf",
                    "pdf",
                    PPTX,
                    "pptx",
                    DOCX,
                    "docx",
                    "image/png",
                    "png",
                    "image/jpeg",
                    "jpg",
                    "video/mp4",
                    "mp4");

    private static final Set<String> CONTAINERS =
            Set.of("application/zip", "application/x-tika-ooxml", DOCX, PPTX);
    private static final Tika TIKA = new Tika();

    private UploadTypes() {}

    /**
     * The allowed type of the file, or empty when it is of a type not allowed, whatever its name
     * says.
     */
    public static Optional<String> detect(Path file) throws IOException {
        String type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = TIKA.getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
        if (CONTAINERS.contains(type)) {
            return office(file);
        }
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    public static String extension(String type) {
        return ALLOWED.get(type);
    }

    private static Optional<String> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            return zip.getEntry("ppt/presentation.xml") != null
                    ? Optional.of(PPTX)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
