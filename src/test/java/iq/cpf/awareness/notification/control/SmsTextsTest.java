package iq.cpf.awareness.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.outbox.control.SmsCodec;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every kind of text message, to the school and to the team, in each language: present, its
 * placeholders filled, in the alphabet its script needs, short, and read back whole from the parts
 * the SMSC would get.
 */
class SmsTextsTest {

    private static final String LINK = "https://awareness.example.iq/links/AbCdEfGhIjKlMnOp";

    private static final String[] KINDS = {
        "invitation", "update", "cancellation", "reminder", "participation-request"
    };

    @Test
    void eachKindInEachLanguageIsEncodableAndReadsBackWhole() {
        for (Language language : Language.values()) {
            for (String audience : new String[] {"sms.", "sms.team."}) {
                for (String kind : KINDS) {
                    check(language, audience + kind, "School 12", "Sun 7 Dec", "09:00", LINK);
                }
            }
            check(language, "sms.summary", "School 12", "7 Dec", "30", "14", "16");
            for (String reply :
                    new String[] {
                        "sms.reply.confirm",
                        "sms.reply.confirmed",
                        "sms.reply.reschedule",
                        "sms.reply.stopped",
                        "sms.reply.started",
                        "sms.reply.help"
                    }) {
                check(language, reply, "School 12", "Sun 7 Dec");
            }
        }
    }

    private static void check(Language language, String key, Object... args) {
        String text = Messages.get(language.locale(), key, args);
        String where = language + " " + key + ": " + text;
        assertTrue(!text.isBlank() && !text.startsWith("???"), where);
        assertTrue(!text.matches("(?s).*\\{\\d\\}.*"), "every placeholder filled: " + where);
        SmsCodec.Encoded encoded = SmsCodec.encode(text, 77);
        assertEquals(
                language == Language.EN ? SmsCodec.GSM : SmsCodec.UCS2,
                encoded.dataCoding(),
                "English in the GSM alphabet, Arabic and Sorani in UCS-2: " + where);
        assertTrue(encoded.parts().size() <= 4, "a short text: " + where);
        StringBuilder back = new StringBuilder();
        for (SmsCodec.Part part : encoded.parts()) {
            back.append(SmsCodec.decode(part.bytes(), encoded.dataCoding(), part.header()).text());
        }
        assertEquals(text, back.toString(), where);
    }
}
