package iq.cpf.awareness.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.platform.Language;
import org.junit.jupiter.api.Test;

/** The sentence donors quote, with each language's plural forms and Latin digits. */
class SummarySentenceTest {

    @Test
    void englishSaysOneAndMany() {
        assertEquals(
                "1 session in 1 school reached 1 student, 0 of them girls.",
                Summaries.sentence(Language.EN, 1, 1, 1, 0));
        assertEquals(
                "12 sessions in 7 schools reached 1,140 students, 600 of them girls.",
                Summaries.sentence(Language.EN, 12, 7, 1140, 600));
    }

    @Test
    void arabicUsesItsDualAndFewForms() {
        String two = Summaries.sentence(Language.AR, 2, 2, 2, 1);
        assertTrue(
                two.contains("جلستان") && two.contains("مدرستين") && two.contains("طالبين"), two);
        String few = Summaries.sentence(Language.AR, 3, 4, 10, 5);
        assertTrue(
                few.contains("3 جلسات") && few.contains("4 مدارس") && few.contains("10 طلاب"), few);
        String many = Summaries.sentence(Language.AR, 20, 11, 1140, 600);
        assertTrue(
                many.contains("20 جلسة")
                        && many.contains("11 مدرسة")
                        && many.contains("1,140")
                        && many.contains("600"),
                many);
    }

    @Test
    void soraniKeepsLatinDigits() {
        String sentence = Summaries.sentence(Language.CKB, 5, 3, 250, 120);
        assertTrue(
                sentence.startsWith("5 دانیشتن")
                        && sentence.contains("250 قوتابی")
                        && sentence.contains("120"),
                sentence);
    }
}
