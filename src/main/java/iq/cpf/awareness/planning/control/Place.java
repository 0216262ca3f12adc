package iq.cpf.awareness.planning.control;

import iq.cpf.awareness.platform.Language;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A school as the solver sees it: where it is, what it is taught in, when it is already visited.
 * Equal only to itself, as {@link Member} is.
 */
public final class Place {

    private final long id;
    private final String name;
    private final String district;
    private final Language teachingLanguage;
    private final List<LocalDateTime[]> busy;
    private boolean girls;
    private boolean policeConsent;

    public Place(
            long id,
            String name,
            String district,
            Language teachingLanguage,
            List<LocalDateTime[]> busy) {
        this.id = id;
        this.name = name;
        this.district = district;
        this.teachingLanguage = teachingLanguage;
        this.busy = busy;
    }

    /** What the safeguarding rules ask of visits to it. */
    public Place safeguarding(boolean girls, boolean policeConsent) {
        this.girls = girls;
        this.policeConsent = policeConsent;
        return this;
    }

    public boolean girls() {
        return girls;
    }

    public boolean policeConsent() {
        return policeConsent;
    }

    public boolean busyAt(Slot slot) {
        return busy.stream().anyMatch(b -> slot.overlaps(b[0], b[1]));
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String district() {
        return district;
    }

    public Language teachingLanguage() {
        return teachingLanguage;
    }

    @Override
    public String toString() {
        return name;
    }
}
