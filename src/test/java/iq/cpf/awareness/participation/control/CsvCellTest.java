package iq.cpf.awareness.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A bug: text an organiser wrote went into exported CSV cells as it was, formulas included. */
class CsvCellTest {

    @Test
    void textThatStartsLikeAFormulaIsShownNotEvaluated() {
        assertEquals(
                "'=HYPERLINK(\"http://x.example\",\"Click\")",
                SummaryExports.cell("=HYPERLINK(\"http://x.example\",\"Click\")"));
        assertEquals("'+cmd|' /C calc'!A0", SummaryExports.cell("+cmd|' /C calc'!A0"));
        assertEquals("'-1+2", SummaryExports.cell("-1+2"));
        assertEquals("'@SUM(A1:A9)", SummaryExports.cell("@SUM(A1:A9)"));
        assertEquals("'\tx", SummaryExports.cell("\tx"));
    }

    @Test
    void figuresAndOrdinaryWordsStayAsTheyAre() {
        assertEquals("-3.5%", SummaryExports.cell("-3.5%"));
        assertEquals("+12 %", SummaryExports.cell("+12 %"));
        assertEquals(42, SummaryExports.cell(42));
        assertEquals("Drug-free schools", SummaryExports.cell("Drug-free schools"));
        assertEquals("الأول المتوسط", SummaryExports.cell("الأول المتوسط"));
        assertEquals("", SummaryExports.cell(""));
    }
}
