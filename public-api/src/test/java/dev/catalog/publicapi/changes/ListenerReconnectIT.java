package dev.catalog.publicapi.changes;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.reads.ChangeFeedState;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.catalog.publicapi.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

/** Notifications sent while the listening connection is down are lost; nothing stale may survive that. */
@IntegrationTest
class ListenerReconnectIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    ChangeFeedState changeFeed;

    ApiClient api;
    TestDatabase.Coordinates database;
    ProductRow headphones;

    @BeforeEach
    void cacheOneProduct() {
        within(Duration.ofSeconds(10), "the change feed listens", changeFeed::isLive);
        api = ApiClient.at(server.getURL().toString());
        database = TestDatabase.migrated();
        headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
        assertThat(api.get(byId()).json()).containsEntry("name", "Studio Headphones");
    }

    @Test
    void editMadeWhileTheListenerIsDownIsNotServedStale() {
        killListeningConnection();
        database.update("UPDATE product SET name = 'Edited while nobody listened' WHERE id = ?", headphones.id());

        within(Duration.ofSeconds(5), "the edit is served",
                () -> "Edited while nobody listened".equals(api.get(byId()).json().get("name")));
    }

    @Test
    void listenerReconnectsAndKeepsInvalidating() {
        killListeningConnection();
        within(Duration.ofSeconds(5), "the listener is back", () -> changeFeed.isLive() && listeningBackends() == 1);
        assertThat(api.get(byId()).json()).containsEntry("name", "Studio Headphones");

        database.update("UPDATE product SET name = 'Edited after the reconnect' WHERE id = ?", headphones.id());

        within(Duration.ofSeconds(2), "the edit is served",
                () -> "Edited after the reconnect".equals(api.get(byId()).json().get("name")));
    }

    private String byId() {
        return "/api/v1/products/" + headphones.id();
    }

    private void killListeningConnection() {
        int killed = database.count("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'LISTEN%'""");
        assertThat(killed).as("listening connections terminated").isEqualTo(1);
    }

    private int listeningBackends() {
        return database.count("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'LISTEN%' AND state = 'idle'""");
    }
}
