package dev.catalog.admin;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff and the load balancer reach the service port: there, health is a status and nothing more, and no management
 * endpoint answers. Metrics and health details are on the management port, which serves nothing else.
 */
@IntegrationTest
class ManagementPortIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient publicPort() {
        return ApiClient.at(server.getURL().toString());
    }

    ApiClient managementPort() {
        return ApiClient.at(ManagementPort.url(server));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/liveness", "/health/readiness"})
    void thePublicPortSaysTheStatusAndNothingElse(String path) {
        ApiClient.Response health = publicPort().get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prometheus", "/health", "/health/readiness/schema", "/metrics", "/routes", "/beans",
        "/loggers", "/info", "/env", "/threaddump", "/refresh"})
    void noManagementEndpointAnswersOnThePublicPort(String path) {
        // Signed in as an administrator, and still: no route (security answers 403 where none matches).
        ApiClient.Response response = publicPort().as(ADMIN, ADMIN_PASSWORD).get(path);

        assertThat(response.status()).as(path).isIn(403, 404);
        assertThat(response.body()).doesNotContain("jvm_").doesNotContain("details");
    }

    @Test
    void metricsAreOnTheManagementPort() {
        ApiClient.Response metrics = managementPort().get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthDetailsAreOnTheManagementPort() {
        ApiClient.Response readiness = managementPort().get("/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json()).containsKey("details");
        assertThat(managementPort().get("/health").json()).containsKey("details");
    }

    @Test
    void theManagementPortServesNoStaffPages() {
        ApiClient.Response page = managementPort().as(ADMIN, ADMIN_PASSWORD).get("/admin/products");

        assertThat(page.status()).isIn(403, 404);
        assertThat(page.body()).doesNotContain("class=\"results\"");
    }
}
