package iq.cpf.awareness.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iTIP calendar parts with ical4j: one stable UID per visit, SEQUENCE raised by every move, METHOD
 * REQUEST for invitations and updates and CANCEL for cancellations, times with the campaign's
 * VTIMEZONE.
 */
@ApplicationScoped
public class Calendars {

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** What a calendar entry of a visit says. */
    public record Entry(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            ZoneId zone,
            String summary,
            String location,
            String description,
            String organizerEmail,
            String organizerName,
            List<Person> attendees,
            Instant stamp,
            boolean tentative) {}

    public record Person(String name, String email) {}

    public String request(Entry entry) {
        return calendar(entry, false).toString();
    }

    public String cancel(Entry entry) {
        return calendar(entry, true).toString();
    }

    /**
     * A feed of several visits (METHOD:PUBLISH), for calendar applications that subscribe to a URL.
     */
    public String publish(String name, List<Entry> entries) {
        Calendar calendar =
                frame(
                        ImmutableMethod.PUBLISH,
                        entries.stream().map(Entry::zone).distinct().toList());
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Entry entry : entries) {
            calendar.add(event(entry, false));
        }
        return calendar.toString();
    }

    /**
     * A calendar address for any address the validator accepts: characters a URI may not hold as they are
     * ({@code {}, {@code |}, spaces in a quoted local part) are percent-encoded instead of failing the booking.
     */
    static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + email, e);
        }
    }

    public static String uid(long visitId, String host) {
        return "visit-" + visitId + "@" + host;
    }

    private Calendar calendar(Entry entry, boolean cancel) {
        Calendar calendar =
                frame(
                        cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                        List.of(entry.zone()));
        calendar.add(event(entry, cancel));
        return calendar;
    }

    /**
     * A calendar with its fixed properties, the method, and the VTIMEZONE of each zone its events
     * use.
     */
    private Calendar frame(Method method, List<ZoneId> usedZones) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Community Policing Forums//Awareness campaigns//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        for (ZoneId zone : usedZones) {
            var timeZone = zones.getTimeZone(zone.getId());
            if (timeZone != null) {
                calendar.add(timeZone.getVTimeZone());
            }
        }
        return calendar;
    }

    private VEvent event(Entry entry, boolean cancel) {
        ZonedDateTime start = entry.start().atZone(entry.zone());
        ZonedDateTime end = entry.end().atZone(entry.zone());
        VEvent event = new VEvent(start, end, entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.replace(new DtStamp(entry.stamp()));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        Organizer organizer = new Organizer(mailto(entry.organizerEmail()));
        organizer.add(new Cn(entry.organizerName()));
        event.add(organizer);
        for (Person person : entry.attendees()) {
            Attendee attendee = new Attendee(mailto(person.email()));
            attendee.add(new Cn(person.name() == null ? person.email() : person.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            // Replies are not read (the organizer is a no-reply sender): a calendar's "Accept"
            // would
            // go nowhere, so none is asked for; the description carries the confirm link instead.
            attendee.add(Rsvp.FALSE);
            event.add(attendee);
        }
        event.add(
                cancel
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : entry.tentative()
                                ? ImmutableStatus.VEVENT_TENTATIVE
                                : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
