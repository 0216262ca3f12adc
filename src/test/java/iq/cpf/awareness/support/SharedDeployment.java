package iq.cpf.awareness.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application as it ships, deployed once for all the client-side test classes that need nothing
 * else ({@link ApplicationTest}), instead of once per class: a deployment cost about nine seconds
 * (unzipping and indexing the 41 MB WAR, starting Hibernate, Weld, Quartz and Faces, and the
 * archive zipped again and uploaded by Arquillian first), some five minutes of each run of the
 * integration tests. Registered after Arquillian's extension, which starts the server for the first
 * class. A class with a deployment of its own ({@link OwnDeployment}) takes this one away first,
 * and the next class that shares it deploys it again.
 */
public final class SharedDeployment implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!TestServer.deployed()) {
            TestServer.deploy(Path.of(System.getProperty("war.file", "target/ROOT.war")));
        }
    }
}
