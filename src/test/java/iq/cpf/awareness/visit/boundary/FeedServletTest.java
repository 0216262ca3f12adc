package iq.cpf.awareness.visit.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which If-None-Match headers say that a calendar's copy of the feed is current. */
class FeedServletTest {

    private static final String TAG = "\"abc\"";

    @Test
    void theFeedsTagAmongOthersWeakOrAnyMatches() {
        assertTrue(FeedServlet.matches("\"abc\"", TAG));
        assertTrue(FeedServlet.matches("\"old\", W/\"abc\"", TAG));
        assertTrue(FeedServlet.matches("*", TAG));
    }

    @Test
    void noneOrOtherTagsDoNot() {
        assertFalse(FeedServlet.matches(null, TAG));
        assertFalse(FeedServlet.matches("", TAG));
        assertFalse(FeedServlet.matches("\"abcd\"", TAG));
        assertFalse(FeedServlet.matches("abc", TAG));
    }
}
