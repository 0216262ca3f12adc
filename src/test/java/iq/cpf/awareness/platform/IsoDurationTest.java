package iq.cpf.awareness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDurationTest {

    private final IsoDuration.Validator validator = new IsoDuration.Validator();

    @Test
    void daysWeeksAndTimesAreRead() {
        assertEquals(Duration.ofDays(7), IsoDuration.Validator.parse("P7D"));
        assertEquals(Duration.ofDays(14), IsoDuration.Validator.parse("P2W"));
        assertEquals(Duration.ofHours(2), IsoDuration.Validator.parse("PT2H"));
        assertEquals(Duration.ofHours(36), IsoDuration.Validator.parse("P1DT12H"));
        assertEquals(Duration.ofDays(1), IsoDuration.Validator.parse("p1d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P7D", "P1D", "PT2H", "PT30M", "P1W"})
    void positiveDurationsAreValid(String value) {
        assertTrue(validator.isValid(value, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one day", "P1M", "P1Y", "-P1D", "PT0S", "P0D", "", "7", "P400D"})
    void othersAreNot(String value) {
        assertFalse(validator.isValid(value, null));
    }

    @Test
    void absentIsLeftToNotNull() {
        assertTrue(validator.isValid(null, null));
    }
}
