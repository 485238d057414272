package dev.catalog.publicapi.replicas;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.TestDatabase;
import dev.catalog.testing.ThrowawayPostgres;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * public-api with a real streaming standby (a primary and a pg_basebackup copy of the test's own), in
 * this JVM, so BlockHound watches the standby path: reads reach the standby, a product edited on the
 * primary is never answered from a standby whose replay is paused before the edit, and the standby's
 * state shows in readiness details and metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandbyReadsIT {

    private ThrowawayPostgres primary;
    private ThrowawayPostgres standby;
    private EmbeddedServer server;
    private ApiClient api;
    private long productId;

    @BeforeAll
    void startPrimaryStandbyAndService() throws Exception {
        primary = ThrowawayPostgres.create();
        TestDatabase.migrate(primary.database());
        long category = primary.database().insert("INSERT INTO category (slug, name) VALUES ('standby', 'Standby') RETURNING id");
        productId = primary.database().insert("""
                INSERT INTO product (sku, name, price, currency, stock, category_id, status, published_at, updated_at)
                VALUES ('STANDBY-1', 'Version 0', 10.00, 'EUR', 1, ?, 'PUBLISHED', now(), now()) RETURNING id""", category);
        standby = primary.streamingStandby();
        Map<String, Object> properties = new HashMap<>(PublicApiTestDatabase.on(primary.database()));
        properties.put("catalog.replicas.host", "127.0.0.1");
        properties.put("catalog.replicas.port", standby.database().port());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        api = ApiClient.at(server.getURL().toString());
        await(() -> metric("catalog_replica_serving{standby=\"127.0.0.1:" + standby.database().port() + "\"") == 1,
                "the standby takes reads");
    }

    @AfterAll
    void stopAll() throws Exception {
        if (server != null) {
            server.close();
        }
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void readsGoToTheStandbyButNeverToOneBehindTheEdit() throws Exception {
        String target = "catalog_reads_queries_total{target=\"127.0.0.1:" + standby.database().port() + "\"";
        double before = metric(target);
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/v1/products?limit=5&minPrice=" + (i + 1) + ".00").status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/categories").status()).isEqualTo(200);
        assertThat(metric(target)).as("reads the standby answered").isGreaterThan(before);

        standby.database().count("SELECT pg_wal_replay_pause()");
        try {
            for (int version = 1; version <= 5; version++) {
                primary.database().update("UPDATE product SET name = ?, updated_at = now() WHERE id = ?", "Version " + version, productId);
                String expected = "\"Version " + version + "\"";
                await(() -> api.get("/api/v1/products/" + productId).body().contains(expected), "version served");
                assertThat(api.get("/api/v1/products/" + productId).body()).as("cached from the primary, not the paused standby")
                        .contains(expected);
                assertThat(api.get("/api/v1/products?limit=100&category=standby").body()).contains(expected);
            }
            assertThat(metric("catalog_reads_held_back_total")).as("reads held back from the paused standby").isPositive();
            await(() -> readiness().contains("exceeds PUBLIC_MAX_REPLICA_LAG"), "readiness details name the lag");
        } finally {
            standby.database().count("SELECT pg_wal_replay_resume()");
        }
        await(() -> readiness().contains("\"serving\":true"), "the standby serves again");
    }

    private double metric(String series) {
        return ApiClient.at(ManagementPort.url(server)).get("/prometheus").body().lines()
                .filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series));
    }

    private String readiness() {
        return ApiClient.at(ManagementPort.url(server)).get("/health/readiness").body();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s for: " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
