package iq.cpf.awareness.campaign.entity;

import iq.cpf.awareness.platform.IsoDuration;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;

/**
 * "Remind this audience this long before the visit starts". The duration is kept as written (P7D,
 * PT2H) so that what the organiser typed is what they read back.
 */
@Embeddable
public class ReminderRule {

    /**
     * The rules of a campaign that gives none: the school a week and a day before, volunteers a day
     * before.
     */
    public static final List<ReminderRule> DEFAULTS =
            List.of(
                    new ReminderRule(Audience.SCHOOL, "P7D"),
                    new ReminderRule(Audience.SCHOOL, "P1D"),
                    new ReminderRule(Audience.VOLUNTEERS, "P1D"));

    @NotNull(message = "{field.required}")
    @Enumerated(EnumType.STRING)
    private Audience audience;

    @NotNull(message = "{field.required}")
    @IsoDuration
    @Column(name = "before_at")
    private String before;

    protected ReminderRule() {}

    public ReminderRule(Audience audience, String before) {
        this.audience = audience;
        this.before = before;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getBefore() {
        return before;
    }

    public Duration duration() {
        return IsoDuration.Validator.parse(before);
    }
}
