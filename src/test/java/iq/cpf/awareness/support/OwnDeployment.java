package iq.cpf.awareness.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class with an Arquillian deployment of its own (a moved clock, a probe, in-container
 * tests, a server reload): the shared deployment ({@link SharedDeployment}) holds the same name and
 * context root, so it is taken away before Arquillian deploys. Registered before Arquillian's
 * extension; before the first class the server is not up and there is nothing to take away.
 */
public final class OwnDeployment implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // An in-container test class runs its extensions on the server too, where there is nothing
        // to take away: its own deployment is the one running it.
        if (System.getProperty("jboss.server.base.dir") != null) {
            return;
        }
        if (TestServer.running() && TestServer.deployed()) {
            TestServer.undeploy();
        }
    }
}
