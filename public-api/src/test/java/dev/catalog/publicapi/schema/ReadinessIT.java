package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On a database admin-service migrated, readiness is UP and says which schema version it found. */
@IntegrationTest
class ReadinessIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void readinessIsUpWithTheSchemaVersion() {
        ApiClient.Response response = ApiClient.at(ManagementPort.url(server)).get("/health/readiness");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).containsEntry("status", "UP");
        assertThat(schemaIndicator(response)).containsEntry("status", "UP")
                .containsEntry("details", Map.of("reason", "schema version " + SchemaVersion.CURRENT));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaIndicator(ApiClient.Response response) {
        Map<String, Object> details = (Map<String, Object>) response.json().get("details");
        return (Map<String, Object>) details.get("schema");
    }
}
