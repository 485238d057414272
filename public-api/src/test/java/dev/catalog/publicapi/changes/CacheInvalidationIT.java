package dev.catalog.publicapi.changes;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
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
import java.util.List;
import java.util.Map;

import static dev.catalog.publicapi.Eventually.within;
import static org.assertj.core.api.Assertions.assertThat;

/** Any committed change, made straight in SQL as psql would, reaches public-api's cached reads. */
@IntegrationTest
class CacheInvalidationIT implements PublicApiTestDatabase {

    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Inject
    EmbeddedServer server;
    @Inject
    ChangeFeedState changeFeed;

    ApiClient api;
    TestDatabase.Coordinates database;
    CategoryRow category;
    ProductRow headphones;

    @BeforeEach
    void cacheOneProduct() {
        within(Duration.ofSeconds(10), "the change feed listens", changeFeed::isLive);
        api = ApiClient.at(server.getURL().toString());
        database = TestDatabase.migrated();
        category = CatalogFixtures.audio();
        headphones = CatalogFixtures.studioHeadphones(category);
        assertThat(api.get(byId()).status()).isEqualTo(200);
        assertThat(api.get(bySku(headphones.sku())).status()).isEqualTo(200);
    }

    @Test
    void renameInSqlIsServed() {
        database.update("UPDATE product SET name = 'Studio Headphones II' WHERE id = ?", headphones.id());

        within(PROMPTLY, "the new name is served", () -> "Studio Headphones II".equals(api.get(byId()).json().get("name")));
    }

    @Test
    void unpublishingHidesTheProduct() {
        database.update("UPDATE product SET status = 'DRAFT', published_at = NULL WHERE id = ?", headphones.id());

        within(PROMPTLY, "the draft is gone by id", () -> api.get(byId()).status() == 404);
        within(PROMPTLY, "the draft is gone by sku", () -> api.get(bySku(headphones.sku())).status() == 404);
    }

    @Test
    void newSkuIsServedAndOldSkuIsGone() {
        String newSku = headphones.sku() + "-B";
        database.update("UPDATE product SET sku = ? WHERE id = ?", newSku, headphones.id());

        within(PROMPTLY, "the old sku is gone", () -> api.get(bySku(headphones.sku())).status() == 404);
        assertThat(api.get(bySku(newSku)).status()).isEqualTo(200);
    }

    @Test
    void categoryRenameShowsInItsProducts() {
        database.update("UPDATE category SET name = 'Hi-Fi' WHERE id = ?", category.id());

        within(PROMPTLY, "the product shows the new category name", () -> "Hi-Fi".equals(categoryOf(api.get(byId()))));
    }

    @Test
    void newlyPublishedProductJoinsItsCategoryListAndCount() {
        String list = "/api/v1/products?category=" + category.slug();
        assertThat(itemCount(api.get(list))).isEqualTo(1);
        assertThat(api.get("/api/v1/categories/" + category.slug()).json()).containsEntry("publishedProducts", 1);

        CatalogFixtures.audioCable(category);

        within(PROMPTLY, "the list shows the new product", () -> itemCount(api.get(list)) == 2);
        within(PROMPTLY, "the count follows", () -> Integer.valueOf(2).equals(
                api.get("/api/v1/categories/" + category.slug()).json().get("publishedProducts")));
    }

    @Test
    void deletedProductIsGone() {
        database.update("DELETE FROM product WHERE id = ?", headphones.id());

        within(PROMPTLY, "the deleted product is gone", () -> api.get(byId()).status() == 404);
    }

    private String byId() {
        return "/api/v1/products/" + headphones.id();
    }

    private static String bySku(String sku) {
        return "/api/v1/products/sku/" + sku;
    }

    @SuppressWarnings("unchecked")
    private static String categoryOf(ApiClient.Response product) {
        return (String) ((Map<String, Object>) product.json().get("category")).get("name");
    }

    private static int itemCount(ApiClient.Response page) {
        return ((List<?>) page.json().get("items")).size();
    }
}
