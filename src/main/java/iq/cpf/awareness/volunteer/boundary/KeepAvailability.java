package iq.cpf.awareness.volunteer.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Refused;
import iq.cpf.awareness.platform.boundary.DateRange;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Away;
import iq.cpf.awareness.volunteer.entity.Gender;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import iq.cpf.awareness.volunteer.entity.Window;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The volunteer's own availability, kept on My visits so that they need not ask an organiser to
 * change it: the same service, rules and messages as {@code PUT /api/volunteers/{id}/availability},
 * and the form's ids are the API's field names, so that each refusal shows next to its field.
 * View-scoped, unlike the lists of {@code MyVisits}, because rows added or removed must outlive the
 * request until they are saved.
 */
@Named("myAvailability")
@ViewScoped
public class KeepAvailability implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Caller caller;
    @Inject Volunteers volunteers;
    @Inject FacesProblems problems;

    private Integer version;
    private boolean policeOfficer;
    private Gender gender;
    private String homeDistrict;
    private String unit;

    /** As typed, so that what is not a number is refused in the page's words. */
    private String maxVisitsPerWeek;

    private final List<WindowRow> windows = new ArrayList<>();
    private final List<AwayRow> away = new ArrayList<>();

    /** A weekly window as the form edits it: the day's name and the times as typed. */
    public static class WindowRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String day;
        private String start;
        private String end;

        static WindowRow of(Window w) {
            WindowRow row = new WindowRow();
            row.day = w.getDay() == null ? null : w.getDay().name();
            row.start = w.getStart() == null ? null : w.getStart().toString();
            row.end = w.getEnd() == null ? null : w.getEnd().toString();
            return row;
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    /** Days away as the form edits them. */
    public static class AwayRow extends DateRange {
        private static final long serialVersionUID = 1L;

        static AwayRow of(Away a) {
            AwayRow row = new AwayRow();
            row.setFrom(a.getFrom());
            row.setTo(a.getTo());
            return row;
        }
    }

    /**
     * Reads what the planner knows of the caller; someone without a volunteer record has nothing to
     * keep and the page does not show the form.
     */
    @InTransaction
    public void open() {
        if (caller.volunteerId().isEmpty()) {
            return;
        }
        try {
            Volunteer volunteer = volunteers.visibleTo(caller, caller.volunteerId().get());
            version = volunteer.getVersion();
            policeOfficer = volunteer.isPoliceOfficer();
            gender = volunteer.getGender();
            homeDistrict = volunteer.getHomeDistrict();
            unit = volunteer.getUnit();
            maxVisitsPerWeek =
                    volunteer.getMaxVisitsPerWeek() == null
                            ? null
                            : volunteer.getMaxVisitsPerWeek().toString();
            windows.clear();
            volunteer.getWindows().forEach(w -> windows.add(WindowRow.of(w)));
            away.clear();
            volunteer.getAway().forEach(a -> away.add(AwayRow.of(a)));
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    /**
     * Outside a transaction of its own: the service's transaction is the one that commits or rolls
     * back, and a refused save leaves the rows as typed, to be put right.
     */
    public void save() {
        try {
            long id = caller.volunteerId().orElseThrow(() -> new Refused(403, "error.http.403"));
            List<InvalidInput.Violation> wrong = new ArrayList<>();
            List<Window> typedWindows = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                WindowRow row = windows.get(i);
                typedWindows.add(
                        new Window(
                                row.day == null || row.day.isBlank()
                                        ? null
                                        : DayOfWeek.valueOf(row.day),
                                time("windows[" + i + "].start", row.start, wrong),
                                time("windows[" + i + "].end", row.end, wrong)));
            }
            Integer most = number("maxVisitsPerWeek", maxVisitsPerWeek, wrong);
            if (!wrong.isEmpty()) {
                throw new InvalidInput(wrong);
            }
            Volunteer saved =
                    volunteers.saveAvailability(
                            caller,
                            id,
                            version,
                            gender,
                            homeDistrict,
                            unit,
                            most,
                            typedWindows,
                            away.stream().map(a -> new Away(a.getFrom(), a.getTo())).toList());
            version = saved.getVersion();
            problems.info("availability.saved");
        } catch (RuntimeException refused) {
            problems.show(refused, "availability");
        }
    }

    public void addWindow() {
        windows.add(new WindowRow());
    }

    public void removeWindow(int index) {
        if (index >= 0 && index < windows.size()) {
            windows.remove(index);
        }
    }

    public void addAway() {
        away.add(new AwayRow());
    }

    public void removeAway(int index) {
        if (index >= 0 && index < away.size()) {
            away.remove(index);
        }
    }

    /** Sunday first: the planner's week runs from Sunday to Saturday, as Iraq's does. */
    public List<SelectItem> getDayItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Stream.iterate(DayOfWeek.SUNDAY, d -> d.plus(1))
                .limit(7)
                .map(d -> new SelectItem(d.name(), d.getDisplayName(TextStyle.FULL, locale)))
                .toList();
    }

    public List<Gender> getGenders() {
        return Arrays.asList(Gender.values());
    }

    /** A time typed as HH:mm; what is not one is refused next to its field. */
    private static LocalTime time(String field, String text, List<InvalidInput.Violation> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            wrong.add(new InvalidInput.Violation(field, "calendars.time"));
            return null;
        }
    }

    private static Integer number(String field, String text, List<InvalidInput.Violation> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            wrong.add(new InvalidInput.Violation(field, "param.integer"));
            return null;
        }
    }

    public List<WindowRow> getWindows() {
        return windows;
    }

    public List<AwayRow> getAway() {
        return away;
    }

    /** A unit is asked of police officers; one already given stays shown so it can be cleared. */
    public boolean isUnitAsked() {
        return policeOfficer || (unit != null && !unit.isBlank());
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public void setHomeDistrict(String homeDistrict) {
        this.homeDistrict = homeDistrict;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getMaxVisitsPerWeek() {
        return maxVisitsPerWeek;
    }

    public void setMaxVisitsPerWeek(String maxVisitsPerWeek) {
        this.maxVisitsPerWeek = maxVisitsPerWeek;
    }
}
