package iq.cpf.awareness.support;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every client-side integration test starts with: the deployed application's address and an
 * API client and fixtures against it, the administrator logged in. A subclass picks its deployment
 * by extending {@link ApplicationTest} or {@link MovableClockTest}: Arquillian finds a static
 * {@code @Deployment} method in a superclass but cannot be told by an annotation which archive to
 * build, so the choice is the superclass. A test that reads mail adds {@code @RegisterExtension
 * static GreenMailExtension mail = Mailbox.server();} itself, so that the tests which send nothing
 * run without an SMTP server, as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTest {

    @ArquillianResource protected URL base;

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

    protected URI root() {
        return URI.create(base.toString());
    }
}
