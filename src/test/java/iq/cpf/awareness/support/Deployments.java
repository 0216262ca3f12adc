package iq.cpf.awareness.support;

import iq.cpf.awareness.support.clock.MovableClock;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the integration tests deploy it: the very WAR that {@code mvn package} built,
 * so the tests exercise what ships, plus whatever helper a test adds.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        File war = new File(System.getProperty("war.file", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class);
    }

    /**
     * The application with a clock the test can move (see {@link
     * iq.cpf.awareness.support.clock.MovableClock}).
     */
    public static WebArchive withMovableClock() {
        return application().addPackage(MovableClock.class.getPackage());
    }
}
