package iq.cpf.awareness.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Mobile numbers, kept in E.164 ({@code +9647701234567}). Numbers written as Iraqis write them
 * ({@code 0770 123 4567}, with Arabic-Indic digits too) are read as Iraqi; Google's libphonenumber
 * knows which are mobile numbers of which country.
 */
public final class Phones {

    /** What a stored mobile number looks like; the entities' constraint. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {}

    /**
     * The number in E.164 if it is a mobile number (or one that may be: some countries do not tell
     * mobiles apart); empty if it is not a number or not a mobile one.
     */
    public static Optional<String> mobile(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(latinDigits(written.strip()), "IQ");
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            PhoneNumberUtil.PhoneNumberType type = UTIL.getNumberType(number);
            if (type != PhoneNumberUtil.PhoneNumberType.MOBILE
                    && type != PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What to store for a number as written: its E.164 form, or the text as it came when it is not
     * a mobile number, so that validation refuses it with the reader's own text in the message.
     */
    public static String normalised(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return mobile(written).orElse(written.strip());
    }

    /** Arabic-Indic and Persian digits as ASCII digits, as replies and forms may carry them. */
    public static String latinDigits(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (c >= '\u0660' && c <= '\u0669') {
                                result.append((char) ('0' + c - '\u0660'));
                            } else if (c >= '\u06F0' && c <= '\u06F9') {
                                result.append((char) ('0' + c - '\u06F0'));
                            } else {
                                result.appendCodePoint(c);
                            }
                        });
        return result.toString();
    }
}
