package dev.catalog.admin;

import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.TestDatabase;
import dev.catalog.testing.TestRedis;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Points admin-service at this run's fresh test database and names its first administrator.
 * Integration tests implement it; each starts the real service, which applies the real migrations.
 */
public interface AdminTestDatabase extends TestPropertyProvider {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "correct-horse-battery";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(on(TestDatabase.fresh()));
        properties.put("catalog.bootstrap.admin-username", ADMIN);
        properties.put("catalog.bootstrap.admin-password", ADMIN_PASSWORD);
        return properties;
    }

    /**
     * The properties that point admin-service at {@code database} (and this run's Redis for sessions),
     * with a management port of its own.
     */
    static Map<String, String> on(TestDatabase.Coordinates database) {
        String namespace = TestRedis.namespace();
        Map<String, String> properties = new HashMap<>(ManagementPort.free());
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.user());
        properties.put("datasources.default.password", database.password());
        properties.put("redis.uri", TestRedis.uri());
        properties.put("micronaut.session.http.redis.namespace", namespace);
        properties.put("micronaut.session.http.redis.active-sessions-key", namespace + "active-sessions");
        properties.put("micronaut.session.http.redis.session-created-topic", namespace + "event:session-created");
        return properties;
    }
}
