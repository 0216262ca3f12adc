package iq.cpf.awareness.platform;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/**
 * Input that Bean Validation cannot judge alone (an unknown reference, a start in the past) was
 * refused; answered with 400 and one violation per field. Thrown before anything is written.
 */
public class InvalidInput extends RuntimeException {

    private final transient List<Violation> violations;
    private final transient Set<ConstraintViolation<?>> constraintViolations;
    private final transient List<Located> located;

    public InvalidInput(List<Violation> violations) {
        this(violations, Set.of());
    }

    public InvalidInput(
            List<Violation> violations,
            Set<? extends ConstraintViolation<?>> constraintViolations) {
        this(violations, constraintViolations, List.of());
    }

    /**
     * With Bean Validation's findings about parts of a request that have a place of their own (a
     * file's lines).
     */
    public InvalidInput(
            List<Violation> violations,
            Set<? extends ConstraintViolation<?>> constraintViolations,
            List<Located> located) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
        this.constraintViolations = Set.copyOf(constraintViolations);
        this.located = List.copyOf(located);
    }

    public List<Located> located() {
        return located;
    }

    public InvalidInput(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Bean Validation's findings about the same request, reported together with the others. */
    public Set<ConstraintViolation<?>> constraintViolations() {
        return constraintViolations;
    }

    /** One refused field, with the key of its message in the {@code i18n.messages} bundle. */
    public record Violation(String field, String messageKey, Object... args) {}

    /**
     * A Bean Validation finding about one part of the request: its field is reported after {@code
     * place}.
     */
    public record Located(String place, ConstraintViolation<?> violation) {}
}
