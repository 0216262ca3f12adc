package iq.cpf.awareness.school.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The school calendar of a governorate: its weekly days off and its terms, holidays and exam
 * periods. The federal and the Kurdistan Region calendars differ, so each governorate has its own;
 * a governorate without one is not checked.
 */
@Entity
@Table(name = "governorate_calendar")
public class GovernorateCalendar {

    /** Iraqi schools close on Friday and Saturday unless a governorate says otherwise. */
    public static final Set<DayOfWeek> DEFAULT_DAYS_OFF =
            Set.copyOf(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));

    @Id
    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.size}")
    private String governorate;

    @NotNull(message = "{field.required}")
    @Size(max = 6, message = "{calendar.daysOff.size}")
    @Convert(converter = DaysOffConverter.class)
    @Column(name = "days_off")
    private Set<DayOfWeek> daysOff = EnumSet.copyOf(DEFAULT_DAYS_OFF);

    @Valid
    @Size(max = 500, message = "{field.size}")
    @ElementCollection
    @CollectionTable(
            name = "governorate_calendar_period",
            joinColumns = @JoinColumn(name = "governorate"))
    @OrderColumn(name = "position")
    private List<CalendarPeriod> periods = new ArrayList<>();

    @Version private int version;

    protected GovernorateCalendar() {}

    public GovernorateCalendar(String governorate) {
        this.governorate = governorate;
    }

    public String getGovernorate() {
        return governorate;
    }

    public Set<DayOfWeek> getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(Set<DayOfWeek> daysOff) {
        this.daysOff =
                daysOff.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(daysOff);
    }

    public List<CalendarPeriod> getPeriods() {
        return periods;
    }

    public void setPeriods(List<CalendarPeriod> periods) {
        this.periods.clear();
        this.periods.addAll(periods);
    }

    public int getVersion() {
        return version;
    }
}
