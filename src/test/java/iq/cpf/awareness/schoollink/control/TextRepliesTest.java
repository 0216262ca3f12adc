package iq.cpf.awareness.schoollink.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextRepliesTest {

    @Test
    void aReplyIsReadAsOneWordWhateverItsScriptDigitsAndPunctuation() {
        assertEquals("1", TextReplies.word(" ١ "));
        assertEquals("2", TextReplies.word("۲."));
        assertEquals("STOP", TextReplies.word("Stop!"));
        assertEquals("ابدا", TextReplies.word("إبدأ"));
        assertEquals("توقف", TextReplies.word("تـوقّف"));
        assertEquals("وەستان", TextReplies.word(" وەستان "));
    }
}
