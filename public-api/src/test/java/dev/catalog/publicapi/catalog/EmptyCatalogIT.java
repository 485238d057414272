package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrated catalog with no rows at all, in a database of its own: the shared one is never empty.
 * Lists still answer with every field, so clients need no special case for "nothing yet".
 */
@IntegrationTest
class EmptyCatalogIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        TestDatabase.Coordinates empty = TestDatabase.another();
        TestDatabase.migrate(empty);
        return PublicApiTestDatabase.on(empty);
    }

    @Test
    void emptyCatalogListsNoCategoriesAsAnEmptyArray() {
        ApiClient.Response response = api().get("/api/v1/categories");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("items", List.of()));
    }

    @Test
    void emptyCatalogListsNoProductsAndNoNextCursor() {
        ApiClient.Response response = api().get("/api/v1/products");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).containsOnlyKeys("items", "nextCursor")
                .containsEntry("items", List.of())
                .containsEntry("nextCursor", null);
    }

    private ApiClient api() {
        return ApiClient.at(server.getURL().toString());
    }
}
