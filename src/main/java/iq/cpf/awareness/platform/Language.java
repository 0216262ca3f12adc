package iq.cpf.awareness.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The languages the application speaks: Arabic and Kurdish Sorani (both right-to-left) and English. */
public enum Language {
    @JsonProperty("ar") AR,
    @JsonProperty("ckb") CKB,
    @JsonProperty("en") EN;

    /** The language of a locale the application speaks (see {@link Messages#supported}); English otherwise. */
    public static Language of(Locale locale) {
        for (Language language : values()) {
            if (language.code().equals(locale.getLanguage())) {
                return language;
            }
        }
        return EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public boolean rightToLeft() {
        return this != EN;
    }
}
