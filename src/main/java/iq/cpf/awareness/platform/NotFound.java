package iq.cpf.awareness.platform;

/** Something asked for by id does not exist; answered with 404. */
public class NotFound extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotFound(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public static NotFound of(String what, Object id) {
        return new NotFound("error.notFound", what, String.valueOf(id));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
