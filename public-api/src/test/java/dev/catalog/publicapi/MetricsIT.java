package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.reads.ChangeFeedState;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.PrometheusText;
import dev.catalog.testing.Promtool;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.catalog.publicapi.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

/** /prometheus exposes request timings by route and status, the cache's hits, the change feed and its lag. */
@IntegrationTest
class MetricsIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    ChangeFeedState changeFeed;

    @Test
    void prometheusShowsRoutesStatusesCacheAndChangeFeed() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        ProductRow headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
        api.get("/api/v1/products/" + headphones.id());
        api.get("/api/v1/products/" + headphones.id());

        ApiClient.Response metrics = ApiClient.at(ManagementPort.url(server)).get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/products/{id}\"")
                .contains("status=\"200\"")
                .contains("cache_gets_total{cache=\"product_by_id\"")
                .contains("catalog_changes_live")
                .contains("jvm_memory_used_bytes")
                .as("HTTP timings are histograms, with a bucket at the 50 ms objective")
                .contains("status=\"200\",uri=\"/api/v1/products/{id}\",le=\"0.05\"}");
    }

    @Test
    void promtoolFindsNothingInTheMetricsThisProjectDefines() {
        ApiClient.at(server.getURL().toString()).get("/api/v1/categories");
        String scrape = ApiClient.at(ManagementPort.url(server)).get("/prometheus").body();

        assertThat(Promtool.findings(scrape, "http_server_requests", "catalog_", "cache_")).isEmpty();
    }

    @Test
    void changeNotificationLagIsMeasured() {
        within(Duration.ofSeconds(10), "the change feed listens", changeFeed::isLive);
        ProductRow headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
        double before = lagSample("catalog_changes_lag_seconds_count");

        TestDatabase.migrated().update("UPDATE product SET stock = stock + 1 WHERE id = ?", headphones.id());

        within(Duration.ofSeconds(5), "the change's lag is counted",
                () -> lagSample("catalog_changes_lag_seconds_count") > before);
        assertThat(lagSample("catalog_changes_lag_seconds_bucket{le=\"+Inf\"}")).as("lag is a histogram")
                .isGreaterThan(0.0);
        assertThat(lagSample("catalog_changes_lag_seconds_max")).as("slowest notification, s (database and test share a clock)")
                .isBetween(0.0, 5.0);
    }

    private double lagSample(String name) {
        return PrometheusText.value(ApiClient.at(ManagementPort.url(server)).get("/prometheus").body(), name, 0.0);
    }
}
