package dev.catalog.admin.web;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.AccessLogCapture;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RequestIdIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void saneIdIsEchoedAndLoggedWithRouteStatusAndDuration() throws Exception {
        try (AccessLogCapture log = new AccessLogCapture()) {
            ApiClient.Response response = api().withHeader("X-Request-Id", "trace-42.a").get("/admin/api/products/999999999");

            assertThat(response.header("X-Request-Id")).contains("trace-42.a");
            Thread.sleep(100);
            assertThat(log.fields()).anySatisfy(line -> assertThat(line).contains("method=GET",
                    "route=/admin/api/products/{id}", "status=404", "requestId=trace-42.a")
                    .anySatisfy(field -> assertThat(field).startsWith("durationMs=")));
        }
    }

    @Test
    void aForgedForwardedHeaderIsNotLoggedAsTheClient() throws Exception {
        try (AccessLogCapture log = new AccessLogCapture()) {
            api().withHeader("X-Forwarded-For", "198.51.100.66").withHeader("X-Request-Id", "forged-xff")
                    .get("/admin/api/products/999999999");
            Thread.sleep(100);

            // No TRUSTED_PROXIES here: the socket's peer is the client, whatever the header says.
            assertThat(log.fields()).anySatisfy(line -> assertThat(line).contains("requestId=forged-xff")
                    .anySatisfy(field -> assertThat(field).isIn("client=127.0.0.1", "client=0:0:0:0:0:0:0:1")));
        }
    }

    @Test
    void missingIdIsGeneratedEvenOnA401() {
        ApiClient.Response response = ApiClient.at(server.getURL().toString()).get("/admin/api/products");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void unsafeIdIsReplaced() {
        ApiClient.Response response = api().withHeader("X-Request-Id", "x".repeat(500)).get("/admin/api/products");

        assertThat(response.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    private ApiClient api() {
        return ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
    }
}
