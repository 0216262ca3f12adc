package iq.cpf.awareness.visit.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Messages;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The volunteer roster: who they are, the languages they teach in, and how many visits they have
 * coming.
 */
@Named
@RequestScoped
@Transactional
public class VolunteerRoster {

    @Inject Volunteers volunteers;
    @Inject Caller caller;
    @Inject Visits visits;
    @Inject Clock clock;

    private String query;
    private List<Row> rows;

    /** One volunteer with their load over the next 30 days. */
    public record Row(
            long id,
            String name,
            String email,
            String phone,
            String languages,
            boolean policeOfficer,
            String forum,
            long comingVisits) {}

    public List<Row> getRows() {
        if (rows == null) {
            Instant now = clock.instant();
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            var listed =
                    volunteers
                            .list(
                                    caller.scope(),
                                    null,
                                    null,
                                    query == null || query.isBlank() ? null : query,
                                    0,
                                    200)
                            .items();
            Map<Long, Long> coming =
                    visits.countsByVolunteer(
                            caller.scope(),
                            now,
                            now.plus(Duration.ofDays(30)),
                            listed.stream().map(Volunteer::getId).toList());
            rows =
                    listed.stream()
                            .map(
                                    v ->
                                            new Row(
                                                    v.getId(),
                                                    v.getName(),
                                                    v.getEmail(),
                                                    v.getPhone(),
                                                    v.getLanguages().stream()
                                                            .map(
                                                                    l ->
                                                                            Messages.get(
                                                                                    locale,
                                                                                    "language."
                                                                                            + l
                                                                                                    .code()))
                                                            .collect(Collectors.joining(", ")),
                                                    v.isPoliceOfficer(),
                                                    v.getForum() == null
                                                            ? ""
                                                            : v.getForum().getName(),
                                                    coming.getOrDefault(v.getId(), 0L)))
                            .toList();
        }
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        this.rows = null;
    }
}
