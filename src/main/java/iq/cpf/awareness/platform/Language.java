package iq.cpf.awareness.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the application speaks: Arabic and Kurdish Sorani (both right-to-left) and English.
 * This enum is the one place that says so; bundles, pages, emails and the API ask it.
 */
public enum Language {
    @JsonProperty("ar")
    AR,
    @JsonProperty("ckb")
    CKB,
    @JsonProperty("en")
    EN;

    /** The language of a locale the application speaks; English otherwise. */
    public static Language of(Locale locale) {
        return byCode(locale.getLanguage()).orElse(EN);
    }

    /** The language of a code ({@code ar}, {@code ckb}, {@code en}, in any case), if it is one. */
    public static Optional<Language> byCode(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(l -> l.code().equals(code.trim().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    /** The first of the reader's preferred languages that the application speaks, else English. */
    public static Language preferred(List<Locale> locales) {
        return locales.stream()
                .map(Locale::getLanguage)
                .map(Language::byCode)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(EN);
    }

    /** The codes, for messages that list them. */
    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /**
     * The locale dates and numbers are written in: as readers in Iraq read them (Iraqi month names
     * such as كانون الأول in Arabic, day first in English) and always with Western digits, so that
     * no page mixes two digit styles; the browser's calendar is told the same (planner.js).
     */
    public Locale formatting() {
        return switch (this) {
            case EN -> Locale.forLanguageTag("en-GB");
            case AR -> Locale.forLanguageTag("ar-IQ-u-nu-latn");
            case CKB -> Locale.forLanguageTag("ckb-IQ-u-nu-latn");
        };
    }

    public boolean rightToLeft() {
        return this != EN;
    }

    /** The value of HTML's {@code dir} attribute for text in this language. */
    public String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }
}
