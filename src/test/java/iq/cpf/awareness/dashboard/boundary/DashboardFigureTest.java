package iq.cpf.awareness.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashboardFigureTest {

    @Test
    void aListThatWasCutSaysThereIsMore() {
        assertEquals("100+", Dashboard.figure(100, true));
        assertEquals(
                "95+", Dashboard.figure(95, true), "cancelled visits of the first 100 left out");
        assertEquals("12", Dashboard.figure(12, false));
        assertEquals("0", Dashboard.figure(0, false));
    }
}
