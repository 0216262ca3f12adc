package iq.cpf.awareness.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The user-visible texts of the application, in {@code i18n/messages*.properties} (en, ar, ckb).
 * Pages, emails and API errors all take their words from here.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

    /**
     * A text to put into another, in the other's language when that is known: {@code place: }
     * before the text of {@code key}. A list of them as an argument is told one after another.
     */
    public record Text(String place, String key, Object... args) {}

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern =
                    ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader())
                            .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0
                ? pattern
                : new MessageFormat(pattern, Language.of(locale).formatting())
                        .format(Arrays.stream(args).map(a -> localised(locale, a)).toArray());
    }

    private static Object localised(Locale locale, Object arg) {
        if (arg instanceof Text text) {
            return (text.place() == null ? "" : text.place() + ": ")
                    + get(locale, text.key(), text.args());
        }
        if (arg instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Text) {
            return list.stream()
                    .map(t -> String.valueOf(localised(locale, t)))
                    .collect(Collectors.joining(" "));
        }
        return arg;
    }

    /** The first of the given languages that the application speaks, else English. */
    public static Locale supported(List<Locale> preferred) {
        return Language.preferred(preferred).locale();
    }
}
