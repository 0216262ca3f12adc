package iq.cpf.awareness.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void iraqiMobilesWrittenLocallyBecomeE164() {
        assertEquals(Optional.of("+9647701234567"), Phones.mobile("0770 123 4567"));
        assertEquals(Optional.of("+9647501234567"), Phones.mobile("07501234567"));
        assertEquals(Optional.of("+9647801234567"), Phones.mobile("+964 780 123 4567"));
        assertEquals(Optional.of("+9647801234567"), Phones.mobile("00964 780-123-4567"));
    }

    @Test
    void arabicIndicAndPersianDigitsAreRead() {
        assertEquals(Optional.of("+9647701234567"), Phones.mobile("٠٧٧٠ ١٢٣ ٤٥٦٧"));
        assertEquals(Optional.of("+9647701234567"), Phones.mobile("۰۷۷۰۱۲۳۴۵۶۷"));
    }

    @Test
    void landlinesAndNonsenseAreNotMobiles() {
        assertTrue(Phones.mobile("01 718 1234").isEmpty(), "a Baghdad landline");
        assertTrue(Phones.mobile("12345").isEmpty());
        assertTrue(Phones.mobile("call me").isEmpty());
        assertTrue(Phones.mobile(null).isEmpty());
    }

    @Test
    void aForeignMobileInE164IsKept() {
        assertEquals(Optional.of("+447911123456"), Phones.mobile("+44 7911 123456"));
    }

    @Test
    void whatIsNotAMobileIsKeptAsWrittenForValidationToRefuse() {
        assertEquals("12345", Phones.normalised(" 12345 "));
        assertEquals(null, Phones.normalised("  "));
        assertTrue(!Phones.normalised("12345").matches(Phones.E164));
    }
}
