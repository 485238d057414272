package dev.catalog.publicapi.reads;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TcpProxy;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.catalog.publicapi.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * public-api reaches PostgreSQL through a relay the test can cut: the database becomes unreachable
 * for the service (every connection drops, new ones are refused) while the test still uses it.
 */
@IntegrationTest
class StaleIfErrorIT implements PublicApiTestDatabase {

    private TcpProxy relay;

    @Inject
    EmbeddedServer server;
    @Inject
    ChangeFeedState changeFeed;

    ApiClient api;
    ProductRow cached;
    ProductRow notCached;

    @Override
    public Map<String, String> getProperties() {
        TestDatabase.Coordinates database = TestDatabase.migrated();
        relay = TcpProxy.to(database.host(), database.port());
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.on(new TestDatabase.Coordinates(
                "127.0.0.1", relay.port(), database.database(), database.user(), database.password())));
        properties.put("r2dbc.datasources.default.options.maxAcquireTime", "PT1S");
        properties.put("r2dbc.datasources.default.options.connectTimeout", "PT1S");
        properties.put("catalog.reads.query-timeout", "PT2S");
        properties.put("catalog.changes.max-reconnect-delay", "PT0.5S");
        return properties;
    }

    @BeforeEach
    void cacheOneProductOfTwo() {
        relay.restore();
        within(Duration.ofSeconds(10), "the change feed listens", changeFeed::isLive);
        api = ApiClient.at(server.getURL().toString());
        CategoryRow category = CatalogFixtures.audio();
        cached = CatalogFixtures.studioHeadphones(category);
        notCached = CatalogFixtures.audioCable(category);
        // The inserts' change notifications evict these ids when they arrive; let them arrive first, or
        // one could evict the entry this read is about to cache.
        pause(Duration.ofMillis(500));
        assertThat(api.get(byId(cached)).status()).isEqualTo(200);
    }

    @AfterEach
    void databaseBack() {
        relay.restore();
    }

    @Test
    void cachedProductIsServedStaleWhileTheDatabaseIsUnreachable() {
        cutDatabase();

        ApiClient.Response response = api.get(byId(cached));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).containsEntry("sku", cached.sku());
        assertThat(response.header("Age")).isPresent();
        assertThat(response.header("Warning")).hasValueSatisfying(warning -> assertThat(warning).startsWith("110"));
    }

    @Test
    void uncachedProductGetsA503QuicklyWithRetryAfter() {
        cutDatabase();

        long started = System.nanoTime();
        ApiClient.Response response = api.get(byId(notCached));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("code", "database-unavailable");
        assertThat(response.header("Retry-After")).isPresent();
        assertThat(took).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void serviceRecoversByItselfWhenTheDatabaseReturns() {
        cutDatabase();
        assertThat(api.get(byId(notCached)).status()).isEqualTo(503);

        relay.restore();

        within(Duration.ofSeconds(10), "the uncached product is served", () -> api.get(byId(notCached)).status() == 200);
        within(Duration.ofSeconds(10), "the change feed listens again", changeFeed::isLive);
        assertThat(api.get(byId(cached)).header("Warning")).isEmpty();
    }

    private void cutDatabase() {
        relay.cut();
        within(Duration.ofSeconds(10), "public-api notices the listener is gone", () -> !changeFeed.isLive());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String byId(ProductRow product) {
        return "/api/v1/products/" + product.id();
    }
}
