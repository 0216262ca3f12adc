package iq.cpf.awareness.platform.boundary;

import iq.cpf.awareness.platform.scheduling.Scheduling;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Part of {@code /health/ready} on the management port: the application's database answers and its
 * mail session is bound, and Quartz runs.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/AwarenessDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Awareness")
    Session mail;

    @jakarta.inject.Inject Scheduling scheduling;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("awareness");
        boolean database = database();
        boolean mailSession = mail != null && mail.getProperties() != null;
        boolean scheduler = scheduling.running();
        return response.withData("database", database)
                .withData("mail", mailSession)
                .withData("scheduler", scheduler)
                .status(database && mailSession && scheduler)
                .build();
    }

    private boolean database() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }
}
