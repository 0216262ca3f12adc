package iq.cpf.awareness.platform;

import java.util.Optional;

/**
 * Who is calling in this request and what they may reach. Every feature's boundary asks this one
 * question here; the security feature answers it from the user records, so the features below
 * security need not know users.
 */
public interface Caller {

    /** The login of the caller; nothing for anonymous callers and the system's own jobs. */
    Optional<String> email();

    boolean isOrganiser();

    boolean isAdmin();

    /**
     * The volunteer record of the caller: linked to their user, or else the one with their email.
     */
    Optional<Long> volunteerId();

    /** The forums the caller may see and change; nobody logged in has no forum at all. */
    ForumScope scope();

    /**
     * The one governorate the caller may create forums in: a coordinator's own. Administrators may
     * create them anywhere; organisers nowhere.
     */
    Optional<String> governorate();
}
