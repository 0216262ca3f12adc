package iq.cpf.awareness.material.control;

import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialFile;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Refused;
import iq.cpf.awareness.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Files attached to lessons. An upload is streamed to a temporary file in the store (outside the
 * web root), counted, hashed and typed from its bytes; only a file that passes every check is moved
 * to a name the application makes and recorded. A refused upload leaves neither a row nor a file
 * behind.
 */
@ApplicationScoped
@Transactional
public class MaterialFiles {

    @PersistenceContext EntityManager em;
    @Inject Materials materials;
    @Inject Settings settings;
    @Inject Clock clock;

    public long limit() {
        return settings.uploadMaxBytes();
    }

    public MaterialFile upload(
            long materialId, String sentName, InputStream content, String author) {
        Material material = materials.get(materialId);
        Path store = store();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(store, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out =
                    new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                size = copy(content, out, limit());
            }
            if (size == 0) {
                throw new InvalidInput("file", "upload.empty");
            }
            String type =
                    UploadTypes.detect(temporary)
                            .orElseThrow(() -> new Refused(415, "upload.type"));
            String extension = UploadTypes.extension(type);
            String key = UUID.randomUUID() + "." + extension;
            MaterialFile file =
                    MaterialFile.stored(
                            material,
                            FileNames.safe(sentName, extension),
                            type,
                            size,
                            HexFormat.of().formatHex(sha256.digest()),
                            key,
                            clock.instant(),
                            author);
            material.attach(file);
            em.persist(file);
            em.flush();
            Files.move(temporary, store.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an upload in " + store, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * A link to material kept elsewhere (a video); only http and https, which browsers open safely.
     */
    public MaterialFile link(long materialId, String name, String url, String author) {
        Material material = materials.get(materialId);
        String label = FileNames.label(name);
        if (label.isEmpty()) {
            throw new InvalidInput("name", "field.required");
        }
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || url.length() > 2000) {
                throw new InvalidInput("url", "material.link.url");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "material.link.url");
        }
        MaterialFile file = MaterialFile.link(material, label, url.trim(), clock.instant(), author);
        material.attach(file);
        em.persist(file);
        em.flush();
        return file;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MaterialFile get(long materialId, long fileId) {
        MaterialFile file = em.find(MaterialFile.class, fileId);
        if (file == null || !file.getMaterial().getId().equals(materialId)) {
            throw NotFound.of("file", fileId);
        }
        return file;
    }

    /**
     * The headers every download of a stored file carries: always an attachment, never sniffed,
     * never run as a page of this site, with the real (Arabic, Kurdish) name in UTF-8 and an ASCII
     * fallback (RFC 6266).
     */
    public static Map<String, String> downloadHeaders(MaterialFile file) {
        String name = file.getName();
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Map.of(
                "Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded,
                "X-Content-Type-Options",
                "nosniff",
                "Content-Security-Policy",
                "sandbox");
    }

    /** Where a stored file's bytes are. */
    public Path path(MaterialFile file) {
        return store().resolve(file.getStorageKey());
    }

    private Path store() {
        Path store = settings.materialsDir();
        try {
            return Files.createDirectories(store);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store " + store, e);
        }
    }

    /**
     * Copies at most {@code limit} bytes; one more and the upload is refused before it fills the
     * disk.
     */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                throw new Refused(413, "upload.tooLarge", limit / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless: it is never served, and the next upload
                // gets a new name.
            }
        }
    }
}
