package iq.cpf.awareness.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.security.boundary.AuditResource;
import iq.cpf.awareness.visit.boundary.VisitsResource;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private static Method method(Class<?> type, String name) {
        return ProblemResponses.resourceMethod(type.getName() + "_" + name).orElseThrow();
    }

    @Test
    void findsTheResourceMethodOfAnOperationId() {
        assertEquals("schedule", method(VisitsResource.class, "schedule").getName());
        assertTrue(ProblemResponses.resourceMethod("schedule").isEmpty());
        assertTrue(ProblemResponses.resourceMethod("iq.cpf.Nothing_list").isEmpty());
        assertTrue(
                ProblemResponses.resourceMethod(VisitsResource.class.getName() + "_plan")
                        .isEmpty());
    }

    @Test
    void rolesComeFromTheMethodOrElseItsClass() {
        assertEquals(
                Set.of(Role.ADMIN, Role.COORDINATOR, Role.ORGANISER),
                ProblemResponses.roles(method(VisitsResource.class, "schedule")).orElseThrow());
        assertEquals(
                Set.of(Role.VOLUNTEER),
                ProblemResponses.roles(method(VisitsResource.class, "signUp")).orElseThrow());
        assertEquals(
                EnumSet.allOf(Role.class),
                ProblemResponses.roles(method(VisitsResource.class, "get")).orElseThrow());
        assertEquals(
                Set.of(Role.ADMIN),
                ProblemResponses.roles(method(AuditResource.class, "list")).orElseThrow());
    }
}
