package iq.cpf.awareness.platform;

/**
 * The request clashes with the current state (a double booking, a stale edit); answered with 409.
 */
public class Conflict extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public Conflict(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
