package iq.cpf.awareness.platform;

import java.util.Optional;
import java.util.Set;

/**
 * The forums a caller may see and change: every forum (national: administrators, and the system's
 * own jobs), or a set of forum ids (an organiser's forums, a coordinator's governorate). Controls
 * take it with each request and filter by it in the query that loads, so what lies outside is
 * simply not found (404), never revealed.
 */
public record ForumScope(Set<Long> forums) {

    public static final ForumScope NATIONAL = new ForumScope(null);

    public ForumScope {
        forums = forums == null ? null : Set.copyOf(forums);
    }

    public static ForumScope of(Set<Long> forums) {
        return new ForumScope(forums == null ? Set.of() : forums);
    }

    public boolean national() {
        return forums == null;
    }

    public boolean includes(Long forumId) {
        return national() || forumId != null && forums.contains(forumId);
    }

    /**
     * The one forum of this scope, when it has exactly one: the natural default for what a caller
     * creates.
     */
    public Optional<Long> single() {
        return forums != null && forums.size() == 1
                ? Optional.of(forums.iterator().next())
                : Optional.empty();
    }
}
