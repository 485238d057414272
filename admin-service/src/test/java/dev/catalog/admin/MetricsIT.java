package dev.catalog.admin;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.Promtool;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /prometheus is open to the scraper and shows request timings (histograms) by route and status and the pool. */
@IntegrationTest
class MetricsIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void prometheusShowsRoutesStatusesAndPool() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        api.as(ADMIN, ADMIN_PASSWORD).get("/admin/api/categories");

        ApiClient.Response metrics = ApiClient.at(ManagementPort.url(server)).get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("uri=\"/admin/api/categories\"")
                .contains("status=\"200\"")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .as("HTTP timings are histograms")
                .contains("status=\"200\",uri=\"/admin/api/categories\",le=\"0.05\"}");
        assertThat(Promtool.findings(metrics.body(), "http_server_requests", "catalog_")).isEmpty();
    }
}
