package iq.cpf.awareness.platform.scheduling;

import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.Startup.ApplicationReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with its JDBC job store in the application's database, started once the schema is in place
 * and shut down with the application. Always clustered, so that any number of nodes may share
 * PostgreSQL; the job store manages its own transactions on the non-JTA datasource (JobStoreTX), so
 * scheduling never joins a container transaction. Quartz promises one firing per trigger, not
 * exactly-once work: the jobs are idempotent and the outbox's unique key has the last word.
 */
@ApplicationScoped
public class Scheduling {

    public static final String NAME = "awareness";
    private static final Logger LOG = Logger.getLogger(Scheduling.class);

    @Resource(lookup = "java:jboss/datasources/AwarenessDirectDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Inject Instance<Object> beans;
    @Inject Settings settings;
    @Inject Event<SchedulerStarted> started;

    private volatile Scheduler scheduler;

    /**
     * Fired while the scheduler is created but not yet started, for whoever puts jobs into it:
     * nothing fires on this node while its jobs are being put in place.
     */
    public record SchedulerStarted(Scheduler scheduler) {}

    void start(@Observes @Priority(100) ApplicationReady ready) throws SchedulerException {
        String instanceId = node() + "-" + UUID.randomUUID().toString().substring(0, 8);
        DBConnectionManager.getInstance()
                .addConnectionProvider(
                        NAME,
                        new ConnectionProvider() {
                            @Override
                            public Connection getConnection() throws SQLException {
                                return dataSource.getConnection();
                            }

                            @Override
                            public void shutdown() {
                                // The container owns the pool.
                            }

                            @Override
                            public void initialize() {
                                // As above.
                            }
                        });
        JobStoreTX store = new JobStoreTX();
        store.setDataSource(NAME);
        store.setTablePrefix("QRTZ_");
        store.setInstanceName(NAME);
        store.setInstanceId(instanceId);
        store.setIsClustered(true);
        // Without the lock two nodes can acquire the same trigger and fire it twice (quartz #107,
        // #548).
        store.setAcquireTriggersWithinLock(true);
        store.setClusterCheckinInterval(settings.quartzCheckinMillis());
        store.setMisfireThreshold(settings.quartzMisfireMillis());
        store.setUseProperties("true");
        try {
            store.setDriverDelegateClass(
                    postgres()
                            ? PostgreSQLDelegate.class.getName()
                            : StdJDBCDelegate.class.getName());
        } catch (Exception e) {
            throw new SchedulerException(e);
        }
        int size = settings.quartzThreads();
        DirectSchedulerFactory.getInstance()
                .createScheduler(NAME, instanceId, new ManagedThreadPool(size, threads), store);
        scheduler = DirectSchedulerFactory.getInstance().getScheduler(NAME);
        scheduler.setJobFactory(new CdiJobFactory(beans));
        started.fire(new SchedulerStarted(scheduler));
        scheduler.start();
        LOG.infof("Quartz started as %s (clustered JDBC job store, %d threads)", instanceId, size);
    }

    public Scheduler scheduler() {
        if (scheduler == null) {
            throw new IllegalStateException("The scheduler has not started yet");
        }
        return scheduler;
    }

    public boolean running() {
        try {
            return scheduler != null
                    && scheduler.isStarted()
                    && !scheduler.isShutdown()
                    && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warn("Quartz did not shut down cleanly", e);
            }
        }
    }

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /**
     * The WildFly node's name where there is one, so that QRTZ_SCHEDULER_STATE says which node is
     * which.
     */
    private static String node() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
