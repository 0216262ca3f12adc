package iq.cpf.awareness.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.visit.entity.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @Test
    void instantsNeedAnOffsetOrAreDates() {
        assertEquals(
                Instant.parse("2026-12-01T06:00:00Z"),
                Params.from("from", "2026-12-01T09:00:00+03:00", BAGHDAD));
        assertEquals(
                Instant.parse("2026-12-01T06:00:00Z"),
                Params.until("to", "2026-12-01T09:00:00+03:00", BAGHDAD));
        assertNull(Params.from("from", " ", BAGHDAD));
        InvalidInput invalid =
                assertThrows(
                        InvalidInput.class, () -> Params.from("from", "2026-12-01T09:00", BAGHDAD));
        assertEquals("from", invalid.violations().get(0).field());
    }

    /** A bug: {@code from=D&to=D} found nothing on day D, and days were UTC days, not Iraq's. */
    @Test
    void aDateIsTheWholeDayInTheForumsZone() {
        assertEquals(
                Instant.parse("2026-12-13T21:00:00Z"), Params.from("from", "2026-12-14", BAGHDAD));
        assertEquals(
                Instant.parse("2026-12-14T21:00:00Z"), Params.until("to", "2026-12-14", BAGHDAD));
    }

    @Test
    void datesAreIsoDatesOnly() {
        assertEquals(LocalDate.of(2026, 12, 1), Params.date("from", " 2026-12-01 "));
        assertNull(Params.date("to", null));
        InvalidInput invalid =
                assertThrows(InvalidInput.class, () -> Params.date("to", "1/12/2026"));
        assertEquals("to", invalid.violations().get(0).field());
        assertEquals("param.date", invalid.violations().get(0).messageKey());
    }

    @Test
    void integersAreBounded() {
        assertEquals(20, Params.integer("size", "20", 1, 200));
        assertEquals(
                "param.max",
                assertThrows(InvalidInput.class, () -> Params.integer("size", "201", 1, 200))
                        .violations()
                        .get(0)
                        .messageKey());
        assertEquals(
                "param.integer",
                assertThrows(InvalidInput.class, () -> Params.integer("page", "x", 0, 9))
                        .violations()
                        .get(0)
                        .messageKey());
    }

    @Test
    void enumsAreReadInLowerCase() {
        assertEquals(
                VisitStatus.CANCELLED,
                Params.enumeration("status", "cancelled", VisitStatus.class));
        InvalidInput invalid =
                assertThrows(
                        InvalidInput.class,
                        () -> Params.enumeration("status", "maybe", VisitStatus.class));
        assertEquals("planned, confirmed, done, cancelled", invalid.violations().get(0).args()[0]);
    }

    @Test
    void aPathIdThatIsNoNumberAddressesNothing() {
        assertEquals(42L, Params.pathId("42"));
        assertThrows(NotFound.class, () -> Params.pathId("abc"));
    }
}
