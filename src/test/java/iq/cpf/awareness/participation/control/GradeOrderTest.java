package iq.cpf.awareness.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.participation.entity.GradeCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bug: the grade "99999999999999999999" made every later summary of its campaign answer 500. */
class GradeOrderTest {

    @Test
    void anyStoredGradeSortsWithoutFailing() {
        List<String> grades =
                new ArrayList<>(
                        List.of("10", "99999999999999999999", "2", "first intermediate", "٣"));
        grades.sort(Summaries::gradeOrder);
        assertEquals(List.of("2", "٣", "10", "99999999999999999999", "first intermediate"), grades);
    }

    @Test
    void newReportsTakeGradesOneToTwelveOrWords() {
        assertTrue(GradeCount.sensible("1"));
        assertTrue(GradeCount.sensible("12"));
        assertTrue(GradeCount.sensible("٥"));
        assertTrue(GradeCount.sensible("first intermediate"));
        assertTrue(GradeCount.sensible("الأول المتوسط"));
        assertFalse(GradeCount.sensible("99999999999999999999"));
        assertFalse(GradeCount.sensible("13"));
        assertFalse(GradeCount.sensible("0"));
        assertFalse(GradeCount.sensible("=1+1"));
        assertFalse(GradeCount.sensible(" "));
    }
}
