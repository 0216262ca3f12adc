package iq.cpf.awareness.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}; Hibernate never
 * generates schema. Uses the non-JTA datasource because Flyway commits its own transactions.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);

    @Resource(lookup = "java:jboss/datasources/AwarenessDirectDS")
    DataSource dataSource;

    public void migrate() {
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
