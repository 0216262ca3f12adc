package iq.cpf.awareness.platform;

import iq.cpf.awareness.material.control.ContentLibrary;
import iq.cpf.awareness.platform.demo.DemoData;
import iq.cpf.awareness.security.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.jboss.logging.Logger;

/**
 * Start-up in a fixed order: schema first, then the first administrator, the lesson library, the demo data
 * (whose visits use the library's lessons), then whoever observes {@link ApplicationReady} (the scheduler).
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject
    Migrations migrations;
    @Inject
    Users users;
    @Inject
    ContentLibrary contentLibrary;
    @Inject
    DemoData demoData;
    @Inject
    Settings settings;
    @Inject
    Event<ApplicationReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        migrations.migrate();
        users.createFirstAdministrator();
        contentLibrary.importLibrary(context instanceof ServletContext web ? web : null);
        if (settings.demoData()) {
            demoData.load();
        }
        ready.fire(new ApplicationReady());
        LOG.info("Awareness campaigns started");
    }

    /** Fired once the schema, the first administrator and the demo data are in place. */
    public record ApplicationReady() {
    }
}
