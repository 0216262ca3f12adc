package iq.cpf.awareness.platform.control;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.InvalidInput.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a request while it is being applied, so that one answer lists every
 * bad field (unknown references together with Bean Validation's findings) instead of the first one
 * only.
 */
public class Refusals {

    private final List<Violation> violations = new ArrayList<>();

    /** The value, or null with its violations noted when looking it up refused the input. */
    public <T> T check(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (InvalidInput invalid) {
            violations.addAll(invalid.violations());
            return null;
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
