package iq.cpf.awareness.platform;

import java.util.List;

/**
 * The request breaks rules that someone allowed to may set aside with a reason (a visit on a
 * school's holiday); answered with 409 whose {@code rules} name each, so a client can ask for the
 * reason and send the request again.
 */
public class RulesBroken extends RuntimeException {

    /** A broken rule: its name, which is also the key of its message, and the message's values. */
    public record Rule(String name, Object... args) {}

    private final transient List<Rule> rules;

    public RulesBroken(List<Rule> rules) {
        super(rules.stream().map(Rule::name).toList().toString());
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }
}
