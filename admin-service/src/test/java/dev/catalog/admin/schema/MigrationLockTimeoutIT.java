package dev.catalog.admin.schema;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.support.startup.StartupFailures;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A migration that cannot get its lock (a long transaction holds a conflicting one) fails after the
 * lock timeout instead of queueing every reader of the table behind it; nothing of it is applied, the
 * start-up failure says what happened, and starting again once the transaction ended applies it.
 */
class MigrationLockTimeoutIT {

    @Test
    void aMigrationWaitingForALockFailsFastCleanlyAndCanBeRetried() throws Exception {
        TestDatabase.Coordinates database = TestDatabase.another();
        startAdminService(database).close(); // the real migrations, up to today's schema

        Map<String, Object> withMigrationNeedingALock = Map.of(
                "flyway.datasources.default.locations", "classpath:db/migration,classpath:db/needs-exclusive-lock",
                "flyway.datasources.default.properties.flyway.placeholders.migrationlocktimeout", "1s");
        try (Connection longTransaction = database.connect(); Statement reader = longTransaction.createStatement()) {
            longTransaction.setAutoCommit(false);
            reader.executeQuery("SELECT count(*) FROM product").close(); // holds ACCESS SHARE until commit

            long started = System.nanoTime();
            CompletableFuture<Throwable> start = CompletableFuture.supplyAsync(
                    () -> catchThrowable(() -> startAdminService(database, withMigrationNeedingALock).close()));
            Throwable failure;
            try {
                failure = start.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException waitsForever) {
                longTransaction.rollback(); // lets the waiting migration through, so the run can end
                throw new AssertionError("the migration still waits for its lock after 30 s: no lock timeout");
            }
            long waitedMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(failure).as("the start fails").isNotNull();
            assertThat(StartupFailures.describe(failure)).contains("lock").contains("ADMIN_MIGRATION_LOCK_TIMEOUT");
            assertThat(waitedMs).as("start to failure, ms (lock timeout 1 s)").isLessThan(15_000);
            assertThat(database.count("SELECT 1 FROM flyway_schema_history WHERE version = '1000' AND success"))
                    .as("recorded as applied").isZero();
            assertThat(database.count("SELECT 1 FROM information_schema.columns WHERE table_name = 'product' "
                    + "AND column_name = 'lock_probe'")).as("the column (rolled back)").isZero();
            longTransaction.commit();
        }

        Map<String, Object> twoPooledConnections = new HashMap<>(withMigrationNeedingALock);
        twoPooledConnections.put("datasources.default.maximum-pool-size", 2); // the ones Flyway migrated on
        try (ApplicationContext retried = startAdminService(database, twoPooledConnections);
             Connection first = pool(retried).getConnection();
             Connection second = pool(retried).getConnection()) {
            assertThat(database.count("SELECT 1 FROM information_schema.columns WHERE table_name = 'product' "
                    + "AND column_name = 'lock_probe'")).as("applied on the retry").isOne();
            assertThat(List.of(timeouts(first), timeouts(second)))
                    .as("the migration's timeouts ended with it: the pooled connections have the defaults")
                    .containsOnly("0 0");
        }
    }

    // the pool itself, not the proxy that hands out the current transaction's connection
    private static DataSource pool(ApplicationContext context) {
        return context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    }

    private static String timeouts(Connection connection) throws SQLException {
        try (Statement show = connection.createStatement();
             ResultSet row = show.executeQuery("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")) {
            row.next();
            return row.getString(1) + " " + row.getString(2);
        }
    }

    private static ApplicationContext startAdminService(TestDatabase.Coordinates database) {
        return startAdminService(database, Map.of());
    }

    private static ApplicationContext startAdminService(TestDatabase.Coordinates database, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(AdminTestDatabase.on(database));
        properties.putAll(extra);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(properties, Environment.TEST);
    }
}
