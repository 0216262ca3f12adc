package iq.cpf.awareness.outbox.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsCodecTest {

    private static String decodeAll(SmsCodec.Encoded encoded) {
        StringBuilder text = new StringBuilder();
        for (SmsCodec.Part part : encoded.parts()) {
            text.append(SmsCodec.decode(part.bytes(), encoded.dataCoding(), part.header()).text());
        }
        return text.toString();
    }

    @Test
    void aShortEnglishTextIsOneGsmMessageWithoutHeader() {
        String text = "Visit on Sun 7 Dec at 09:00 @school_1";
        SmsCodec.Encoded encoded = SmsCodec.encode(text, 7);
        assertEquals(SmsCodec.GSM, encoded.dataCoding());
        assertEquals(1, encoded.parts().size());
        assertFalse(encoded.parts().get(0).header());
        byte[] septets = encoded.parts().get(0).bytes();
        assertEquals(0x00, septets[text.indexOf('@')], "@ is septet 0");
        assertEquals(0x11, septets[text.indexOf('_')], "_ is septet 17");
        assertEquals(text, decodeAll(encoded));
    }

    @Test
    void aThreeHundredCharacterArabicReminderGoesInFiveUcs2PartsWithConcatenationHeaders() {
        String reminder =
                "تذكير: زيارة توعية إلى المدرسة غداً الساعة التاسعة. ".repeat(6).substring(0, 300);
        SmsCodec.Encoded encoded = SmsCodec.encode(reminder, 42);
        assertEquals(SmsCodec.UCS2, encoded.dataCoding());
        List<SmsCodec.Part> parts = encoded.parts();
        assertEquals(5, parts.size(), "67 characters a part");
        for (int i = 0; i < parts.size(); i++) {
            byte[] bytes = parts.get(i).bytes();
            assertTrue(bytes.length <= 140, "fits one message: " + bytes.length);
            assertArrayEquals(
                    new byte[] {0x05, 0x00, 0x03, 42, 5, (byte) (i + 1)},
                    java.util.Arrays.copyOf(bytes, 6));
            SmsCodec.Decoded decoded = SmsCodec.decode(bytes, SmsCodec.UCS2, true);
            assertEquals(42, decoded.reference());
            assertEquals(5, decoded.total());
            assertEquals(i + 1, decoded.number());
        }
        assertEquals(reminder, decodeAll(encoded));
    }

    @Test
    void seventyArabicCharactersStillFitOneMessage() {
        String text = "ا".repeat(70);
        assertEquals(1, SmsCodec.encode(text, 1).parts().size());
        assertEquals(2, SmsCodec.encode(text + "ب", 1).parts().size());
    }

    @Test
    void aLongGsmTextIsCutAt153SeptetsNeverInsideAnEscapedCharacter() {
        String text = "x".repeat(152) + "€" + "y".repeat(20);
        SmsCodec.Encoded encoded = SmsCodec.encode(text, 3);
        assertEquals(SmsCodec.GSM, encoded.dataCoding());
        assertEquals(2, encoded.parts().size());
        assertEquals(6 + 152, encoded.parts().get(0).bytes().length, "the euro moved whole");
        assertEquals(text, decodeAll(encoded));
    }

    @Test
    void aCharacterOutsideTheGsmAlphabetMakesTheWholeTextUcs2() {
        assertTrue(SmsCodec.gsm("{[~]}|^\\ £¥ èé"));
        assertFalse(SmsCodec.gsm("Karwan – Aziz"), "an en dash is not GSM");
        assertEquals(SmsCodec.UCS2, SmsCodec.encode("Karwan – Aziz", 1).dataCoding());
    }

    @Test
    void aTextOverTenPartsIsCutAtTheTenth() {
        assertEquals(SmsCodec.MAX_PARTS, SmsCodec.encode("ع".repeat(2000), 9).parts().size());
    }
}
