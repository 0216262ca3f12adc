package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Refused;
import iq.cpf.awareness.platform.boundary.DateRange;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.school.control.SchoolCalendars;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.CalendarPeriod;
import iq.cpf.awareness.school.entity.GovernorateCalendar;
import iq.cpf.awareness.school.entity.PeriodKind;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.Shift;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.event.FileUploadEvent;

/**
 * The calendars page: a governorate's days off, terms, holidays and exams (kept by administrators,
 * read by organisers), and a school's shift, hours and own periods. It saves through the same
 * service as the API, so the rules and messages are the API's, and its ids are the API's field
 * names so that each refusal shows next to its field. A calendar file (CSV or iCalendar) is
 * imported into whichever of the two is open.
 */
@Named
@ViewScoped
public class EditCalendars implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject SchoolCalendars calendars;
    @Inject Schools schools;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private String governorate;
    private Integer governorateVersion;

    /** Day names, as a multiple choice hands them back: a list's element type is not known. */
    private List<String> daysOff = names(GovernorateCalendar.DEFAULT_DAYS_OFF);

    private final List<PeriodRow> periods = new ArrayList<>();

    private Long schoolId;
    private Integer schoolVersion;
    private Shift shift;
    private Language teachingLanguage;
    private boolean policeConsent;
    private String shiftStart;
    private String shiftEnd;
    private final List<PeriodRow> schoolPeriods = new ArrayList<>();

    /** A period as the form edits it. */
    public static class PeriodRow extends DateRange {
        private static final long serialVersionUID = 1L;
        private PeriodKind kind = PeriodKind.HOLIDAY;
        private String name;

        static PeriodRow of(CalendarPeriod p) {
            PeriodRow row = new PeriodRow();
            row.kind = p.getKind();
            row.name = p.getName();
            row.setFrom(p.getFirstDay());
            row.setTo(p.getLastDay());
            return row;
        }

        CalendarPeriod period() {
            return new CalendarPeriod(kind, name == null ? null : name.strip(), getFrom(), getTo());
        }

        public PeriodKind getKind() {
            return kind;
        }

        public void setKind(PeriodKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** Opens a governorate's calendar, or a new one with Friday and Saturday off. */
    @InTransaction
    public void openGovernorate() {
        periods.clear();
        governorateVersion = null;
        daysOff = names(GovernorateCalendar.DEFAULT_DAYS_OFF);
        if (governorate == null || governorate.isBlank()) {
            return;
        }
        calendars
                .find(governorate)
                .ifPresent(
                        c -> {
                            governorateVersion = c.getVersion();
                            daysOff = names(c.getDaysOff());
                            c.getPeriods().forEach(p -> periods.add(PeriodRow.of(p)));
                        });
    }

    public void saveGovernorate() {
        try {
            refuseUnlessAdmin();
            GovernorateCalendar saved =
                    calendars.save(
                            governorate == null ? "" : governorate,
                            governorateVersion,
                            days(daysOff),
                            periods.stream().map(PeriodRow::period).toList());
            governorateVersion = saved.getVersion();
            problems.info("calendars.saved", saved.getGovernorate());
        } catch (RuntimeException refused) {
            problems.show(refused, "governorate-calendar");
        }
    }

    public void uploadGovernorate(FileUploadEvent event) {
        try {
            refuseUnlessAdmin();
            int added =
                    calendars.importGovernorate(
                            governorate == null ? "" : governorate,
                            format(event),
                            new String(event.getFile().getContent(), StandardCharsets.UTF_8));
            openGovernorate();
            problems.info("calendars.imported", added);
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    /** Opens the chosen school's shift and own periods. */
    @InTransaction
    public void openSchool() {
        schoolPeriods.clear();
        schoolVersion = null;
        shift = null;
        teachingLanguage = null;
        policeConsent = false;
        shiftStart = null;
        shiftEnd = null;
        if (schoolId == null) {
            return;
        }
        School school = schools.get(caller.scope(), schoolId);
        schoolVersion = school.getVersion();
        shift = school.getShift();
        teachingLanguage = school.getTeachingLanguage();
        policeConsent = school.isPoliceConsent();
        shiftStart = school.getShiftStart() == null ? null : school.getShiftStart().toString();
        shiftEnd = school.getShiftEnd() == null ? null : school.getShiftEnd().toString();
        school.getPeriods().forEach(p -> schoolPeriods.add(PeriodRow.of(p)));
    }

    public void saveSchool() {
        try {
            School saved =
                    calendars.saveSchool(
                            caller.scope(),
                            schoolId == null ? -1 : schoolId,
                            schoolVersion,
                            shift,
                            time("shiftStart", shiftStart),
                            time("shiftEnd", shiftEnd),
                            teachingLanguage,
                            policeConsent,
                            schoolPeriods.stream().map(PeriodRow::period).toList());
            schoolVersion = saved.getVersion();
            problems.info("calendars.saved", saved.getName());
        } catch (RuntimeException refused) {
            problems.show(refused, "school-calendar");
        }
    }

    public void uploadSchool(FileUploadEvent event) {
        try {
            int added =
                    calendars.importSchool(
                            caller.scope(),
                            schoolId == null ? -1 : schoolId,
                            format(event),
                            new String(event.getFile().getContent(), StandardCharsets.UTF_8));
            openSchool();
            problems.info("calendars.imported", added);
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    public void addPeriod() {
        periods.add(new PeriodRow());
    }

    public void addSchoolPeriod() {
        schoolPeriods.add(new PeriodRow());
    }

    /** Takes a period out of the form; saving makes it so. */
    public void remove(List<PeriodRow> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** The governorates with a calendar or a school that contain what was typed. */
    public List<String> completeGovernorate(String typed) {
        String part = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return getGovernorates().stream()
                .filter(g -> g.toLowerCase(Locale.ROOT).contains(part))
                .toList();
    }

    /** The governorates that have a calendar or a school, to choose from. */
    @InTransaction
    public List<String> getGovernorates() {
        TreeSet<String> names = new TreeSet<>();
        calendars.list().forEach(c -> names.add(c.getGovernorate()));
        schools.list(caller.scope(), null, null, null, null, null, 0, Paging.MAX_SIZE)
                .items()
                .forEach(s -> names.add(s.getGovernorate()));
        return new ArrayList<>(names);
    }

    @InTransaction
    public List<SelectItem> getSchoolItems() {
        return schools
                .list(caller.scope(), null, null, null, null, null, 0, Paging.MAX_SIZE)
                .items()
                .stream()
                .map(s -> new SelectItem(s.getId(), s.getName() + " (" + s.getDistrict() + ")"))
                .toList();
    }

    public List<SelectItem> getDayItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new SelectItem(d.name(), d.getDisplayName(TextStyle.FULL, locale)))
                .toList();
    }

    public List<PeriodKind> getKinds() {
        return Arrays.asList(PeriodKind.values());
    }

    public List<Shift> getShifts() {
        return Arrays.asList(Shift.values());
    }

    public boolean isAdmin() {
        return caller.isAdmin();
    }

    private void refuseUnlessAdmin() {
        if (!caller.isAdmin()) {
            throw new Refused(403, "error.http.403");
        }
    }

    private static SchoolCalendars.Format format(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".ics")
                ? SchoolCalendars.Format.ICS
                : SchoolCalendars.Format.CSV;
    }

    /** A time typed as HH:mm; what is not one is refused next to its field. */
    private static LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "calendars.time");
        }
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public List<String> getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(List<String> daysOff) {
        this.daysOff = daysOff == null ? new ArrayList<>() : new ArrayList<>(daysOff);
    }

    private static List<String> names(Collection<DayOfWeek> days) {
        return new ArrayList<>(days.stream().sorted().map(DayOfWeek::name).toList());
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(n -> days.add(DayOfWeek.valueOf(n)));
        return days;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public boolean isGovernorateOpen() {
        return governorate != null && !governorate.isBlank();
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    public Language getTeachingLanguage() {
        return teachingLanguage;
    }

    public void setTeachingLanguage(Language teachingLanguage) {
        this.teachingLanguage = teachingLanguage;
    }

    public boolean isPoliceConsent() {
        return policeConsent;
    }

    public void setPoliceConsent(boolean policeConsent) {
        this.policeConsent = policeConsent;
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String getShiftStart() {
        return shiftStart;
    }

    public void setShiftStart(String shiftStart) {
        this.shiftStart = shiftStart;
    }

    public String getShiftEnd() {
        return shiftEnd;
    }

    public void setShiftEnd(String shiftEnd) {
        this.shiftEnd = shiftEnd;
    }

    public List<PeriodRow> getSchoolPeriods() {
        return schoolPeriods;
    }
}
