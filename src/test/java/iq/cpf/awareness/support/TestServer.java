package iq.cpf.awareness.support;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management interface (src/test/resources/arquillian.xml: port 10290), for the
 * one deployment of the application that the client-side tests share.
 */
final class TestServer {

    static final String NAME = "ROOT.war";
    private static final int MANAGEMENT_PORT = 10290;

    private TestServer() {}

    /** Whether the server answers at all: before the first test class starts it, it does not. */
    static boolean running() {
        try (ModelControllerClient client = client()) {
            return success(client.execute(name("server-state")));
        } catch (IOException notUp) {
            return false;
        }
    }

    static boolean deployed() throws IOException {
        try (ModelControllerClient client = client()) {
            return success(client.execute(deploymentOperation("read-resource")));
        }
    }

    /**
     * Deploys the WAR the build made from where it lies (unmanaged: nothing is zipped again or
     * uploaded), and not persistently: it is gone when the server stops, so the next run starts
     * with none.
     */
    static void deploy(Path war) throws IOException {
        ModelNode add = deploymentOperation("add");
        ModelNode content = new ModelNode();
        content.get("path").set(war.toAbsolutePath().toString());
        content.get("archive").set(true);
        add.get("content").add(content);
        add.get("enabled").set(true);
        add.get("persistent").set(false);
        try (ModelControllerClient client = client()) {
            ModelNode result = client.execute(add);
            if (!success(result)) {
                throw new IllegalStateException("Deploying " + war + " failed: " + result);
            }
        }
    }

    static void undeploy() throws IOException {
        ModelNode composite = operation("composite");
        composite.get("steps").add(deploymentOperation("undeploy"));
        composite.get("steps").add(deploymentOperation("remove"));
        try (ModelControllerClient client = client()) {
            ModelNode result = client.execute(composite);
            if (!success(result)) {
                throw new IllegalStateException("Undeploying " + NAME + " failed: " + result);
            }
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create(
                InetAddress.getByName("127.0.0.1"), MANAGEMENT_PORT);
    }

    private static ModelNode operation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").setEmptyList();
        return operation;
    }

    private static ModelNode deploymentOperation(String name) {
        ModelNode operation = operation(name);
        operation.get("address").add("deployment", NAME);
        return operation;
    }

    private static ModelNode name(String attribute) {
        ModelNode operation = operation("read-attribute");
        operation.get("name").set(attribute);
        return operation;
    }

    private static boolean success(ModelNode result) {
        return "success".equals(result.get("outcome").asString());
    }
}
