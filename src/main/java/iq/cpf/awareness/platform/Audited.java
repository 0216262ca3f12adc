package iq.cpf.awareness.platform;

/**
 * Something the audit log keeps, fired as a CDI event by the feature where it happened and written
 * by the security feature once the change is committed (a change rolled back was never done).
 * {@code actor} is the login when the event itself knows it (a login attempt); otherwise the caller
 * of the request, or the system.
 */
public record Audited(
        String action, String targetType, String targetId, String detail, String actor) {

    public static Audited of(String action, String targetType, Object targetId, String detail) {
        return new Audited(
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                detail,
                null);
    }
}
