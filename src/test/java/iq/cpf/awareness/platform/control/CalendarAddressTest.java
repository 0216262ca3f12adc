package iq.cpf.awareness.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;

/**
 * Any address that Bean Validation's {@code @Email} accepts can be a calendar attendee (a bug: a
 * contact address with "{" or "|" made scheduling at that school fail).
 */
class CalendarAddressTest {

    @Test
    void addressesWithBracesAndBarsBecomeEncodedCalendarAddresses() {
        for (String email :
                new String[] {
                    "head{1}@school.example",
                    "a|b@school.example",
                    "o'brien@school.example",
                    "plain@school.example"
                }) {
            URI uri = Calendars.mailto(email);
            assertEquals("mailto", uri.getScheme());
            assertEquals(email, uri.getSchemeSpecificPart(), "the address is kept, only encoded");
            Attendee attendee = new Attendee(uri);
            assertTrue(attendee.toString().startsWith("ATTENDEE:mailto:"), attendee.toString());
        }
    }
}
