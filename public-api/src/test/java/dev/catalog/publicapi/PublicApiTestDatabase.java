package dev.catalog.publicapi;

import dev.catalog.testing.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * Points public-api at this run's test database, migrated by admin-service's real migrations, since
 * public-api itself never migrates. Integration tests implement it.
 */
public interface PublicApiTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return on(TestDatabase.migrated());
    }

    /** The properties that point public-api at {@code database}. */
    static Map<String, String> on(TestDatabase.Coordinates database) {
        return Map.of(
                "r2dbc.datasources.default.url", "r2dbc:pool:postgresql://" + database.host() + ":"
                        + database.port() + "/" + database.database(),
                "r2dbc.datasources.default.username", database.user(),
                "r2dbc.datasources.default.password", database.password());
    }
}
