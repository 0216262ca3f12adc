package iq.cpf.awareness.material.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsAreDropped() {
        assertEquals("passwd.pdf", FileNames.safe("../../../etc/passwd", "pdf"));
        assertEquals("evil.pdf", FileNames.safe("C:\\Windows\\System32\\evil.exe", "pdf"));
        assertEquals("file.pdf", FileNames.safe("../", "pdf"));
    }

    @Test
    void theExtensionIsTheDetectedTypes() {
        assertEquals("lesson.pdf", FileNames.safe("lesson.exe", "pdf"));
        assertEquals("slides.pptx", FileNames.safe("slides", "pptx"));
        assertEquals("archive.tar.png", FileNames.safe("archive.tar.gz", "png"));
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertEquals("abc.pdf", FileNames.safe("a\u0000b\nc.pdf", "pdf"));
        String overridden = FileNames.safe("invoice\u202Egpj.exe", "pdf");
        assertEquals("invoicegpj.pdf", overridden);
        assertEquals("a_b_c_.pdf", FileNames.safe("a\"b;c%.pdf", "pdf"));
    }

    @Test
    void emptyAndDotNamesGetAName() {
        assertEquals("file.png", FileNames.safe(null, "png"));
        assertEquals("file.png", FileNames.safe("", "png"));
        assertEquals("file.png", FileNames.safe("...", "png"));
        assertEquals("file.png", FileNames.safe(" . ", "png"));
    }

    @Test
    void veryLongNamesAreCutKeepingTheExtension() {
        String name = FileNames.safe("د".repeat(5000) + ".pdf", "pdf");
        assertTrue(
                name.codePointCount(0, name.length()) <= FileNames.MAX_LENGTH,
                () -> "length " + name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void arabicAndKurdishNamesStay() {
        assertEquals(
                "درس المخدرات - ابتدائي.pdf", FileNames.safe("درس المخدرات - ابتدائي.pdf", "pdf"));
        assertEquals("وانەی ئینتەرنێت.docx", FileNames.safe("وانەی ئینتەرنێت.docx", "docx"));
        assertFalse(FileNames.safe("a/b\\c", "pdf").contains("/"));
    }
}
