package iq.cpf.awareness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Start-up in a fixed order: the schema first, then the features that observe {@link Starting} in
 * the order of their priorities (the first administrator, the lesson library, the demo data, whose
 * visits use the library's lessons), then whoever observes {@link ApplicationReady} (the
 * scheduler). Platform fires; the features decide what they do, so it needs to know none of them.
 */
@ApplicationScoped
public class Startup {

    /** Observer priorities of {@link Starting}: lower runs first. */
    public static final int FIRST_ADMINISTRATOR = 100;

    public static final int LESSON_LIBRARY = 200;
    public static final int DEMO_DATA = 300;

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject Migrations migrations;
    @Inject Event<Starting> starting;
    @Inject Event<ApplicationReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        migrations.migrate();
        starting.fire(
                new Starting(
                        context instanceof ServletContext web
                                ? Optional.of(web)
                                : Optional.empty()));
        ready.fire(new ApplicationReady());
        LOG.info("Awareness campaigns started");
    }

    /**
     * Fired once the schema is in place, before anything is scheduled; the web application, when
     * there is one.
     */
    public record Starting(Optional<ServletContext> web) {}

    /** Fired once the schema, the first administrator and the demo data are in place. */
    public record ApplicationReady() {}
}
