package iq.cpf.awareness.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the classes that share the application's deployment ({@link ApplicationTest}) first and the
 * classes with a deployment of their own after them, each group by name: the shared deployment is
 * then made once, not again after every class that took it away.
 */
public final class SharingClassesFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(
                        Comparator.comparing(SharingClassesFirst::ownDeployment)
                                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static boolean ownDeployment(ClassDescriptor descriptor) {
        return !ApplicationTest.class.isAssignableFrom(descriptor.getTestClass());
    }
}
