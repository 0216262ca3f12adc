package iq.cpf.awareness.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client-side integration test of the application as it ships, which it shares with the other
 * such classes ({@link SharedDeployment}): Arquillian starts the server, then the shared deployment
 * is put in place if it is not there.
 */
@ExtendWith({ArquillianExtension.class, SharedDeployment.class})
public abstract class ApplicationTest extends ClientTest {}
