package dev.catalog.publicapi;

import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Points public-api at this run's test database, migrated by admin-service's real migrations, since
 * public-api itself never migrates. Integration tests implement it. public-api logs in as a member of
 * catalog_reader, as deployed, so a read the migrations do not grant fails the test that makes it.
 */
public interface PublicApiTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return on(TestDatabase.migrated());
    }

    /**
     * The properties that point public-api at {@code database}, logged in as a public reader, and give
     * it a management port of its own.
     */
    static Map<String, String> on(TestDatabase.Coordinates owner) {
        TestDatabase.Coordinates database = owner.asPublicReader();
        Map<String, String> properties = new HashMap<>(ManagementPort.free());
        properties.put("r2dbc.datasources.default.url", "r2dbc:pool:postgresql://" + database.host() + ":"
                + database.port() + "/" + database.database());
        properties.put("r2dbc.datasources.default.username", database.user());
        properties.put("r2dbc.datasources.default.password", database.password());
        return properties;
    }
}
