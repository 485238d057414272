package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** public-api started on a database it cannot read stays up but not ready, and says why. */
class SchemaHandshakeIT {

    @Test
    void databaseWithoutSchemaIsNotReady() {
        TestDatabase.Coordinates empty = TestDatabase.another();

        try (EmbeddedServer server = start(empty)) {
            ApiClient.Response readiness = ApiClient.at(ManagementPort.url(server)).get("/health/readiness");

            assertThat(readiness.status()).isEqualTo(503);
            assertThat(schemaReason(readiness)).contains("start admin-service first");
        }
    }

    @Test
    void aNewerSchemaIsReadUntilAMigrationSaysThisBuildCannotReadIt() {
        TestDatabase.Coordinates newer = TestDatabase.another();
        TestDatabase.migrate(newer);
        newer.update("""
                INSERT INTO flyway_schema_history
                    (installed_rank, version, description, type, script, installed_by, execution_time, success)
                VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 'test', 0, true)""");

        try (EmbeddedServer server = start(newer)) {
            ApiClient management = ApiClient.at(ManagementPort.url(server));
            assertThat(management.get("/health/readiness").status()).as("an added schema").isEqualTo(200);

            newer.update("UPDATE schema_compatibility SET readable_by_builds_from = 999");

            ApiClient.Response readiness = management.get("/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(schemaReason(readiness)).contains("schema version 999 is read only by public-api builds for "
                    + "schema 999 or newer", "deploy the public-api");
        }
    }

    @Test
    void itsConnectionsSayWhichSchemaTheBuildReads() {
        TestDatabase.Coordinates database = TestDatabase.another();
        TestDatabase.migrate(database);

        try (EmbeddedServer server = start(database)) {
            assertThat(ApiClient.at(ManagementPort.url(server)).get("/health/readiness").status()).isEqualTo(200);

            // the listener's connection is the one that is always there
            String listener = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND application_name = ? AND query LIKE 'LISTEN%'";
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (database.count(listener, SchemaVersion.readerApplicationName()) == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(database.count(listener, SchemaVersion.readerApplicationName())).isEqualTo(1);
        }
    }

    @Test
    void aLoginOutsideThePublicReaderRoleIsNotReadyAndToldWhy() {
        TestDatabase.Coordinates database = TestDatabase.migrated();
        database.update("""
                DO $$ BEGIN
                    CREATE ROLE catalog_outsider_test LOGIN;
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$""");
        TestDatabase.Coordinates outsider = new TestDatabase.Coordinates(database.host(), database.port(),
                database.database(), "catalog_outsider_test", "");

        try (EmbeddedServer server = start(Map.of(
                "r2dbc.datasources.default.url", outsider.r2dbcUrl().replace("r2dbc:", "r2dbc:pool:"),
                "r2dbc.datasources.default.username", outsider.user(),
                "r2dbc.datasources.default.password", outsider.password()))) {
            ApiClient.Response readiness = ApiClient.at(ManagementPort.url(server)).get("/health/readiness");

            assertThat(readiness.status()).isEqualTo(503);
            assertThat(schemaReason(readiness)).contains("member of catalog_reader");
        }
    }

    private static EmbeddedServer start(TestDatabase.Coordinates database) {
        return start(PublicApiTestDatabase.on(database));
    }

    private static EmbeddedServer start(Map<String, String> connection) {
        Map<String, Object> properties = new HashMap<>(ManagementPort.free());
        properties.putAll(connection);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
    }

    @SuppressWarnings("unchecked")
    private static String schemaReason(ApiClient.Response readiness) {
        Map<String, Object> details = (Map<String, Object>) readiness.json().get("details");
        Map<String, Object> schema = (Map<String, Object>) details.get("schema");
        return (String) ((Map<String, Object>) schema.get("details")).get("reason");
    }
}
