package iq.cpf.awareness.platform;

import java.util.List;

/**
 * The request breaks rules, answered with 409 whose {@code rules} name each: most may be set aside
 * by an organiser with a reason (a visit on a school's holiday), so a client can ask for it and
 * send the request again; safeguarding rules may not.
 */
public class RulesBroken extends RuntimeException {

    /** A broken rule: its name, which is also the key of its message, and the message's values. */
    public record Rule(String name, Object... args) {}

    private final transient List<Rule> rules;
    private final boolean overridable;

    public RulesBroken(List<Rule> rules) {
        this(rules, true);
    }

    /** Rules that nobody may set aside (safeguarding): a reason does not change the answer. */
    public RulesBroken(List<Rule> rules, boolean overridable) {
        super(rules.stream().map(Rule::name).toList().toString());
        this.rules = List.copyOf(rules);
        this.overridable = overridable;
    }

    public boolean overridable() {
        return overridable;
    }

    public List<Rule> rules() {
        return rules;
    }
}
