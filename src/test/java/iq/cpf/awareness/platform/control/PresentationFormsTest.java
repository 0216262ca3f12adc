package iq.cpf.awareness.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Letters take the form their neighbours call for; shaping and unshaping give back the text. */
class PresentationFormsTest {

    @Test
    void arabicIsShapedWithItsLamAlefLigature() {
        assertEquals(
                "\uFE8D\uFEDF\uFEE4\uFEB8\uFE8E\uFEAD\uFEDB\uFE94 \uFEED\uFE8D\uFEF7\uFE9B\uFEAE",
                PresentationForms.shape("المشاركة والأثر"));
    }

    @Test
    void soraniLettersJoinTheirNeighbours() {
        // ک initial, ا final, ر isolated, ی initial, گ medial, ە (no presentation form) as it is,
        // ر, ی final.
        assertEquals(
                "\uFB90\uFE8E\uFEAD\uFBFE\uFB95\u06D5\uFEAD\uFBFC",
                PresentationForms.shape("کاریگەری"));
        // ب before ە (which joins the letter before it) takes its initial form.
        assertEquals("\uFE91\u06D5", PresentationForms.shape("بە"));
    }

    @Test
    void unshapingGivesTheLettersBack() {
        for (String text :
                new String[] {
                    "المشاركة والأثر",
                    "بەشداری و کاریگەری",
                    "ئەو قوتابیانەی وەڵامیان دایەوە",
                    "Latin 66"
                }) {
            assertEquals(text, PresentationForms.unshape(PresentationForms.shape(text)));
        }
    }
}
