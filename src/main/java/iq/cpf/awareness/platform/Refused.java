package iq.cpf.awareness.platform;

/**
 * A request refused as a whole with a status of its own (an upload too large: 413, of a type not
 * allowed: 415), where no single field is to blame. Thrown before anything is written.
 */
public class Refused extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    public Refused(int status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
