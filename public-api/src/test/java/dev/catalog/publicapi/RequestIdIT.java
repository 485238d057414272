package dev.catalog.publicapi;

import dev.catalog.testing.AccessLogCapture;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** X-Request-Id on every answer and in the access log, written from the event loop without blocking it. */
@IntegrationTest
class RequestIdIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void saneIdIsEchoedOnAProblemAndLogged() throws Exception {
        try (AccessLogCapture log = new AccessLogCapture()) {
            ApiClient.Response response = api().withHeader("X-Request-Id", "shop-7").get("/api/v1/products/999999999");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("X-Request-Id")).contains("shop-7");
            Thread.sleep(100);
            assertThat(log.fields()).anySatisfy(line -> assertThat(line).contains("method=GET",
                    "route=/api/v1/products/{id}", "status=404", "requestId=shop-7"));
        }
    }

    @Test
    void idWithSpacesAndPunctuationIsReplaced() {
        ApiClient.Response response = api().withHeader("X-Request-Id", "a b;\"drop\"").get("/api/v1/categories");

        assertThat(response.header("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).hasSize(36).doesNotContain(" "));
    }

    @Test
    void missingIdIsGenerated() {
        assertThat(api().get("/api/v1/categories").header("X-Request-Id")).isPresent();
    }

    private ApiClient api() {
        return ApiClient.at(server.getURL().toString());
    }
}
