package iq.cpf.awareness.platform.boundary;

/**
 * What the fields of a form submitted, as the API would have read them: Faces submits an empty text
 * field as an empty string, where a client of the API leaves the field out.
 */
public final class FormValues {

    private FormValues() {}

    /** The text of a field, trimmed; {@code null} when it was left empty. */
    public static String text(String submitted) {
        return submitted == null || submitted.isBlank() ? null : submitted.trim();
    }
}
