package iq.cpf.awareness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} (both databases)
 * and {@code db/vendor/h2|postgresql} (Quartz's tables, whose types differ); Hibernate never
 * generates schema. Uses the non-JTA datasource because Flyway commits its own transactions.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);

    @Resource(lookup = "java:jboss/datasources/AwarenessDirectDS")
    DataSource dataSource;

    public void migrate() {
        var result =
                Flyway.configure(Migrations.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                        .load()
                        .migrate();
        LOG.infof(
                "Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    /** The folder of the migrations written for this database only: h2 or postgresql. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product =
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
