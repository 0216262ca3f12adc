package iq.cpf.awareness.platform;

import iq.cpf.awareness.platform.demo.DemoData;
import iq.cpf.awareness.security.control.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Start-up in a fixed order: schema first, then the first administrator, then the demo data, then
 * whoever observes {@link ApplicationReady} (the scheduler, the content import).
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject
    Migrations migrations;
    @Inject
    Users users;
    @Inject
    DemoData demoData;
    @Inject
    Settings settings;
    @Inject
    Event<ApplicationReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        migrations.migrate();
        users.createFirstAdministrator();
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
