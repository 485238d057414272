package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** /prometheus exposes request timings by route and status, the cache's hits and the change feed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void prometheusShowsRoutesStatusesCacheAndChangeFeed() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        ProductRow headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
        api.get("/api/v1/products/" + headphones.id());
        api.get("/api/v1/products/" + headphones.id());

        ApiClient.Response metrics = api.get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/products/{id}\"")
                .contains("status=\"200\"")
                .contains("cache_gets_total{cache=\"product_by_id\"")
                .contains("catalog_changes_live")
                .contains("jvm_memory_used_bytes");
    }
}
