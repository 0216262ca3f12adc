package iq.cpf.awareness.planning.control;

import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.volunteer.entity.Away;
import iq.cpf.awareness.volunteer.entity.Gender;
import iq.cpf.awareness.volunteer.entity.Window;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A volunteer as the solver sees them: what they speak, when they can go, the visits they already
 * have (outside the proposal) and how many a week. Equal only to itself: the solver groups by it
 * constantly, and its lists need not be compared.
 */
public final class Member {

    private final long id;
    private final String name;
    private final Set<Language> languages;
    private final Gender gender;
    private final String homeDistrict;
    private final List<Window> windows;
    private final List<Away> away;
    private final Integer maxVisitsPerWeek;
    private final List<LocalDateTime[]> busy;
    private final Map<Long, Integer> visitsByWeek;
    private boolean woman;
    private boolean police;
    private LocalDate vettedUntil;

    public Member(
            long id,
            String name,
            Set<Language> languages,
            Gender gender,
            String homeDistrict,
            List<Window> windows,
            List<Away> away,
            Integer maxVisitsPerWeek,
            List<LocalDateTime[]> busy,
            Map<Long, Integer> visitsByWeek) {
        this.id = id;
        this.name = name;
        this.languages = languages;
        this.gender = gender;
        this.homeDistrict = homeDistrict;
        this.windows = windows;
        this.away = away;
        this.maxVisitsPerWeek = maxVisitsPerWeek;
        this.busy = busy;
        this.visitsByWeek = visitsByWeek;
    }

    /** Whether they can go at that time: within a window (if they gave any), not away, not busy. */
    public boolean canGo(Slot slot) {
        if (!windows.isEmpty()
                && windows.stream().noneMatch(w -> w.holds(slot.start(), slot.end()))) {
            return false;
        }
        if (away.stream().anyMatch(a -> a.covers(slot.date()))) {
            return false;
        }
        return busy.stream().noneMatch(b -> slot.overlaps(b[0], b[1]));
    }

    /** What the safeguarding rules ask of them. */
    public Member safeguarding(boolean woman, boolean police, LocalDate vettedUntil) {
        this.woman = woman;
        this.police = police;
        this.vettedUntil = vettedUntil;
        return this;
    }

    public boolean woman() {
        return woman;
    }

    public boolean police() {
        return police;
    }

    public boolean vettedOn(LocalDate day) {
        return vettedUntil != null && !vettedUntil.isBefore(day);
    }

    public int visitsInWeek(long week) {
        return visitsByWeek.getOrDefault(week, 0);
    }

    public boolean speaks(Language language) {
        return language == null || languages.contains(language);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public String homeDistrict() {
        return homeDistrict;
    }

    public Integer maxVisitsPerWeek() {
        return maxVisitsPerWeek;
    }

    @Override
    public String toString() {
        return name;
    }
}
