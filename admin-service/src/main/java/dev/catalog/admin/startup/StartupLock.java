package dev.catalog.admin.startup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Instances of admin-service that start at the same moment on one database take turns for their
 * one-time work (the first administrator, the demo catalog): whoever comes second waits here, then
 * sees the first one's rows and does nothing. Flyway already serialises the migrations the same way.
 */
@Singleton
public class StartupLock {

    // Any fixed number, the same in every instance: pg_advisory_xact_lock's key space is ours alone.
    private static final long KEY = 0x636174616c6f67L; // "catalog"

    private final JdbcOperations jdbc;

    StartupLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other instance holds the lock; held until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilCommit() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", statement -> {
            statement.setLong(1, KEY);
            statement.execute();
            return null;
        });
    }
}
