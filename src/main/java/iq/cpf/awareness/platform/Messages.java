package iq.cpf.awareness.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of the application, in {@code i18n/messages*.properties} (en, ar, ckb).
 * Pages, emails and API errors all take their words from here.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {}

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
                : new MessageFormat(pattern, Language.of(locale).formatting()).format(args);
    }

    /** The first of the given languages that the application speaks, else English. */
    public static Locale supported(List<Locale> preferred) {
        return Language.preferred(preferred).locale();
    }
}
