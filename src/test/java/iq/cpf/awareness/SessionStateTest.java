package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The application is distributable: session- and view-scoped beans are marshalled into the
 * cluster's session cache after each request, so everything they keep between requests must be
 * serializable. Injected beans are proxies that the container serializes itself; transient fields
 * are rebuilt. A field that breaks this fails here rather than at the first failover.
 */
class SessionStateTest {

    private static final List<String> PASSIVATING =
            List.of(
                    "jakarta.enterprise.context.SessionScoped",
                    "jakarta.enterprise.context.ConversationScoped",
                    "jakarta.faces.view.ViewScoped");

    @Test
    void sessionAndViewScopedBeansKeepOnlySerializableState() throws ReflectiveOperationException {
        List<Class<?>> beans = passivatingBeans();
        assertFalse(beans.isEmpty(), "no session- or view-scoped bean found");
        List<String> offending = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, offending);
        }
        assertEquals(List.of(), offending);
    }

    /**
     * A bean's interceptors are serialized with it; Narayana's {@code @Transactional} interceptor
     * cannot be read back on another node (WELD-001435), and with it went the whole session. {@code
     * InTransaction} does the same work with an interceptor that replicates.
     */
    @Test
    void sessionAndViewScopedBeansUseNoInterceptorThatCannotReplicate() {
        List<String> offending = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            if (bean.isAnnotationPresent(Transactional.class)) {
                offending.add(bean.getName());
            }
            for (Method method : bean.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Transactional.class)) {
                    offending.add(bean.getName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    private static void check(Class<?> type, List<String> offending)
            throws ReflectiveOperationException {
        if (!Serializable.class.isAssignableFrom(type)) {
            offending.add(type.getName() + " is not Serializable");
        }
        Object fresh = type.getDeclaredConstructor().newInstance();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                if (!serializable(field.getGenericType()) && !fixedSerializable(field, fresh)) {
                    offending.add(c.getName() + "." + field.getName());
                }
            }
        }
    }

    /**
     * A final field declared as an interface (a PrimeFaces model, say) is judged by the object the
     * bean puts there when it is created, which is the only one it will ever hold.
     */
    private static boolean fixedSerializable(Field field, Object bean)
            throws IllegalAccessException {
        if (!Modifier.isFinal(field.getModifiers())) {
            return false;
        }
        field.setAccessible(true);
        Object value = field.get(bean);
        return value instanceof Serializable;
    }

    /**
     * Whether a declared type can only hold serializable values: collections and maps count when
     * their elements do, since the application fills them with the JDK's serializable ones.
     */
    private static boolean serializable(Type type) {
        if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                return serializable(raw.getComponentType());
            }
            return raw.isPrimitive() || Serializable.class.isAssignableFrom(raw) || container(raw);
        }
        if (type instanceof ParameterizedType parameterized) {
            if (!serializable(parameterized.getRawType())) {
                return false;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return true;
        }
        if (type instanceof GenericArrayType array) {
            return serializable(array.getGenericComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                if (!serializable(bound)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean container(Class<?> raw) {
        return raw == List.class || raw == Set.class || raw == Map.class || raw == Collection.class;
    }

    private static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("iq.cpf.awareness")) {
            if (PASSIVATING.stream().anyMatch(type::isAnnotatedWith)) {
                beans.add(type.reflect());
            }
        }
        return beans;
    }
}
