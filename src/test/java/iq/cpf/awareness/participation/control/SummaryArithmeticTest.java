package iq.cpf.awareness.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The shares and gains of the quizzes, as the summaries, their exports and the emails report them.
 */
class SummaryArithmeticTest {

    @Test
    void aShareIsRoundedToFourPlaces() {
        assertEquals(0.6667, Summaries.share(2, 3));
        assertEquals(1.0, Summaries.share(7, 7));
        assertEquals(0.0, Summaries.share(0, 12));
    }

    @Test
    void noAnswersIsNoShareRatherThanZero() {
        assertNull(Summaries.share(0, 0));
    }

    @Test
    void aGainIsRoundedOnceFromTheExactShares() {
        // 1/3 -> 2/3: the rounded shares (0.3333, 0.6667) would give 0.3334.
        assertEquals(0.3333, Summaries.gain(1, 3, 2, 3));
        assertEquals(-0.25, Summaries.gain(3, 4, 2, 4));
    }

    @Test
    void aGainNeedsAnswersBeforeAndAfter() {
        assertNull(Summaries.gain(0, 0, 5, 10));
        assertNull(Summaries.gain(5, 10, 0, 0));
    }
}
