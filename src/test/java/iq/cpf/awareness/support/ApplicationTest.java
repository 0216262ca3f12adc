package iq.cpf.awareness.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A client-side integration test of the application as it ships. */
public abstract class ApplicationTest extends ClientTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }
}
