package iq.cpf.awareness.material.control;

import java.text.Normalizer;

/**
 * The name a downloaded file gets, made from whatever name the upload was sent with. It is never
 * used as a path (files are stored under a name the application makes), but it ends up in a
 * Content-Disposition header and on pages, so path parts, control and direction-override characters
 * and reserved characters go, and it is cut to a length every file system takes, keeping the
 * extension of the type that was detected.
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;

    private FileNames() {}

    public static String safe(String sent, String extension) {
        String name = clean(sent);
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[.\\s]+$", "");
        if (stem.isEmpty()) {
            stem = "file";
        }
        String suffix = "." + extension;
        return cut(stem, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** A name shown for a link: the same cleaning, without an extension. */
    public static String label(String sent) {
        return cut(clean(sent), 200);
    }

    private static String clean(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name =
                Normalizer.normalize(name, Normalizer.Form.NFC)
                        .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
                        .replaceAll("[<>:\"|?*;%]", "_")
                        .replaceAll("\\s+", " ")
                        .strip();
        return name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    }

    private static String cut(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip();
    }
}
