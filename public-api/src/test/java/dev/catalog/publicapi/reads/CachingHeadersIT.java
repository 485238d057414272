package dev.catalog.publicapi.reads;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.catalog.publicapi.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

/** Every read carries a strong ETag and Cache-Control; a client that has the current version gets 304. */
@IntegrationTest
class CachingHeadersIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    CategoryRow category;
    ProductRow headphones;

    @BeforeEach
    void createProduct() {
        api = ApiClient.at(server.getURL().toString());
        category = CatalogFixtures.audio();
        headphones = CatalogFixtures.studioHeadphones(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "productBySku", "page", "categories", "category"})
    void readCarriesStrongEtagAndCacheControl(String resource) {
        ApiClient.Response response = api.get(path(resource));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[^\"]+\""));
        assertThat(response.header("Cache-Control")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "productBySku", "page", "categories", "category"})
    void currentEtagInIfNoneMatchGets304WithoutBody(String resource) {
        String etag = api.get(path(resource)).header("ETag").orElseThrow();

        ApiClient.Response response = api.get(path(resource), "If-None-Match", etag);

        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("ETag")).contains(etag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "page", "category"})
    void editChangesTheEtagSoTheOldOneGetsTheNewBody(String resource) {
        String etag = api.get(path(resource)).header("ETag").orElseThrow();

        TestDatabase.migrated().update("UPDATE product SET stock = stock + 1 WHERE id = ?", headphones.id());
        TestDatabase.migrated().update("UPDATE category SET description = 'Now with vinyl.' WHERE id = ?",
                category.id());

        within(Duration.ofSeconds(2), "the old ETag no longer matches",
                () -> api.get(path(resource), "If-None-Match", etag).status() == 200);
    }

    private String path(String resource) {
        return switch (resource) {
            case "product" -> "/api/v1/products/" + headphones.id();
            case "productBySku" -> "/api/v1/products/sku/" + headphones.sku();
            case "page" -> "/api/v1/products?category=" + category.slug();
            case "categories" -> "/api/v1/categories";
            case "category" -> "/api/v1/categories/" + category.slug();
            default -> throw new IllegalArgumentException(resource);
        };
    }
}
