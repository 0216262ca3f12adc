package iq.cpf.awareness.support;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every client-side integration test starts with: the deployed application's address and an
 * API client and fixtures against it, the administrator logged in. A subclass picks its deployment
 * by extending {@link ApplicationTest} (the application as it ships, deployed once for all such
 * classes) or {@link MovableClockTest}, or declares one of its own with {@link OwnDeployment}:
 * Arquillian finds a static {@code @Deployment} method in a superclass but cannot be told by an
 * annotation which archive to build, so the choice is the superclass. The application is always at
 * the root of the test server (port 8380, arquillian.xml). A test that reads mail adds
 * {@code @RegisterExtension static GreenMailExtension mail = Mailbox.server();} itself, so that the
 * tests which send nothing run without an SMTP server, as before.
 */
@RunAsClient
public abstract class ClientTest {

    protected final URL base = address();

    /** The API without a login; {@code api.as(...)} logs in as someone. */
    protected Api api;

    protected Fixtures fixtures;

    /** The API as the administrator of the test server. */
    protected Api admin;

    @BeforeEach
    protected final void connect() {
        api = Api.at(root());
        fixtures = new Fixtures(api);
        admin = fixtures.admin();
    }

    private static URL address() {
        try {
            return URI.create(System.getProperty("app.base", "http://127.0.0.1:8380/")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected URI root() {
        return URI.create(base.toString());
    }
}
