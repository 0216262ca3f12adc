package iq.cpf.awareness.platform;

/**
 * A person (a volunteer, a school contact) was erased on their request: every feature replaces
 * their address {@code email} by {@code marker} in what it keeps, in the same transaction, so
 * history and counts stay while nothing points to the person any more. The address is an email
 * address, or the mobile number of a school contact who has no email address.
 */
public record Erased(String email, String marker) {

    /** The name that stands where an erased person's name stood. */
    public static final String NAME = "[erased]";
}
