package dev.catalog.publicapi.replicas;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.PrometheusText;
import dev.catalog.testing.TcpProxy;
import dev.catalog.testing.TestDatabase;
import dev.catalog.testing.ThrowawayPostgres;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * public-api with a real streaming standby (a primary and a pg_basebackup copy of the test's own), in
 * this JVM, so BlockHound watches the standby path: reads reach the standby, a product edited on the
 * primary is never answered from a standby whose replay is paused before the edit, and the standby's
 * state shows in readiness details and metrics. The same holds with two standbys behind one address,
 * one of them paused: the per-connection check, not the poll, decides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandbyReadsIT {

    private ThrowawayPostgres primary;
    private ThrowawayPostgres standby;
    private ThrowawayPostgres secondStandby;
    private TcpProxy service;
    private EmbeddedServer server;
    private EmbeddedServer behindService;
    private ApiClient api;
    private long productId;

    @BeforeAll
    void startPrimaryStandbyAndService() throws Exception {
        primary = ThrowawayPostgres.create();
        TestDatabase.migrate(primary.database());
        long category = primary.database().insert("INSERT INTO category (slug, name) VALUES ('standby', 'Standby') RETURNING id");
        productId = primary.database().insert("""
                INSERT INTO product (sku, name, price, currency, stock, category_id, brand_id, status, published_at,
                                     updated_at)
                VALUES ('STANDBY-1', 'Version 0', 10.00, 'EUR', 1, ?, (SELECT id FROM brand WHERE slug = 'unbranded'), 'PUBLISHED', now(), now())
                RETURNING id""", category);
        standby = primary.streamingStandby();
        secondStandby = primary.streamingStandby();
        // like CloudNativePG's -ro Service: one address, each connection to one standby or the other
        service = TcpProxy.toEach(List.of(new InetSocketAddress("127.0.0.1", standby.database().port()),
                new InetSocketAddress("127.0.0.1", secondStandby.database().port())));
        server = publicApiReadingFrom(standby.database().port());
        behindService = publicApiReadingFrom(service.port());
        api = ApiClient.at(server.getURL().toString());
        await(() -> metric(server, "catalog_replica_serving{standby=\"127.0.0.1:" + standby.database().port() + "\"") == 1,
                "the standby takes reads");
    }

    private EmbeddedServer publicApiReadingFrom(int standbyPort) {
        Map<String, Object> properties = new HashMap<>(PublicApiTestDatabase.on(primary.database()));
        properties.put("catalog.replicas.host", "127.0.0.1");
        properties.put("catalog.replicas.port", standbyPort);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stopAll() throws Exception {
        for (AutoCloseable each : new AutoCloseable[] {server, behindService, service, standby, secondStandby}) {
            if (each != null) {
                each.close();
            }
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void readsGoToTheStandbyButNeverToOneBehindTheEdit() throws Exception {
        String target = "catalog_reads_queries_total{target=\"127.0.0.1:" + standby.database().port() + "\"";
        double before = metric(target);
        int[] page = {0};
        // pages of their own (no cache hit), until the standby has been polled past the listener's start
        await(() -> {
            page[0]++;
            assertThat(api.get("/api/v1/products?limit=5&minPrice=" + page[0] + ".00").status()).isEqualTo(200);
            return metric(target) > before;
        }, "reads reach the standby");
        assertThat(api.get("/api/v1/categories").status()).isEqualTo(200);

        double heldBack = metric("catalog_reads_held_back_total");
        standby.database().count("SELECT pg_wal_replay_pause()");
        try {
            for (int version = 1; version <= 5; version++) {
                primary.database().update("UPDATE product SET name = ?, updated_at = now() WHERE id = ?", "Version " + version, productId);
                String expected = "\"Version " + version + "\"";
                await(() -> api.get("/api/v1/products/" + productId).body().contains(expected), "version served");
                assertThat(api.get("/api/v1/products/" + productId).body()).as("cached from the primary, not the paused standby")
                        .contains(expected);
                assertThat(api.get("/api/v1/products?limit=100&category=standby").body()).contains(expected);
                assertThat(api.get("/api/v1/products/sku/STANDBY-1").body()).contains(expected);
            }
            assertThat(metric("catalog_reads_held_back_total")).as("reads held back from the paused standby")
                    .isGreaterThan(heldBack);
            await(() -> readiness().contains("exceeds PUBLIC_MAX_REPLICA_LAG"), "readiness details name the lag");
        } finally {
            standby.database().count("SELECT pg_wal_replay_resume()");
        }
        await(() -> readiness().contains("\"serving\":true"), "the standby serves again");
    }

    @Test
    void aServiceOverTwoStandbysNeverAnswersFromTheOneBehind() throws Exception {
        ApiClient reader = ApiClient.at(behindService.getURL().toString());
        // the service's standbys are polled from its start: wait for it to judge them fresh before one falls behind
        await(() -> ApiClient.at(ManagementPort.url(behindService)).get("/health/readiness").body()
                .contains("\"serving\":true"), "the standbys behind the service serve");
        secondStandby.database().count("SELECT pg_wal_replay_pause()");
        try {
            for (int version = 11; version <= 15; version++) {
                primary.database().update("UPDATE product SET name = ?, updated_at = now() WHERE id = ?", "Version " + version, productId);
                String expected = "\"Version " + version + "\"";
                await(() -> reader.get("/api/v1/products/" + productId).body().contains(expected), "version served");
                // pages of their own (no cache hit): each read on a connection to one standby or the other
                for (int page = 1; page <= 10; page++) {
                    assertThat(reader.get("/api/v1/products?category=standby&minPrice=" + version + "." + page).status())
                            .isEqualTo(200);
                    assertThat(reader.get("/api/v1/products?category=standby&maxPrice=" + (version + 10) + "." + page).body())
                            .as("a page read behind the service, version %d", version).contains(expected);
                }
                assertThat(reader.get("/api/v1/products/sku/STANDBY-1").body()).contains(expected);
            }
        } finally {
            secondStandby.database().count("SELECT pg_wal_replay_resume()");
        }
        assertThat(metric(behindService, "catalog_reads_queries_total{target=\"127.0.0.1:" + service.port() + "\""))
                .as("reads the standbys behind the service answered").isPositive();
    }

    private double metric(String series) {
        return metric(server, series);
    }

    private static double metric(EmbeddedServer server, String series) {
        return PrometheusText.value(ApiClient.at(ManagementPort.url(server)).get("/prometheus").body(), series);
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
