package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.catalog.publicapi.catalog.CatalogFixtures.archivedTurntable;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audio;
import static dev.catalog.publicapi.catalog.CatalogFixtures.draftSpeaker;
import static dev.catalog.publicapi.catalog.CatalogFixtures.studioHeadphones;
import static dev.catalog.publicapi.catalog.CatalogFixtures.unusedSku;
import static org.assertj.core.api.Assertions.assertThat;

/** One product by id or by sku: only published ones exist for the public. */
@IntegrationTest
class ProductLookupIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    CategoryRow audio;

    @BeforeEach
    void setUp() {
        api = ApiClient.at(server.getURL().toString());
        audio = audio();
    }

    @Test
    void publishedProductIsShownWithPriceAsStringAndItsCategory() {
        ProductRow headphones = studioHeadphones(audio);

        ApiClient.Response response = api.get("/api/v1/products/" + headphones.id());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        Map<String, Object> body = response.json();
        assertThat(body).containsOnlyKeys("id", "sku", "name", "description", "price", "currency", "stock",
                "category", "brand", "updatedAt");
        assertThat(body).containsEntry("sku", headphones.sku())
                .containsEntry("name", "Studio Headphones")
                .containsEntry("description", "Closed-back, 40 mm drivers.")
                .containsEntry("price", "19.99")
                .containsEntry("currency", "EUR")
                .containsEntry("stock", 7)
                .containsEntry("category", Map.of("slug", audio.slug(), "name", audio.name()))
                .containsEntry("brand", Map.of("slug", "unbranded", "name", "Unbranded"));
        assertThat(((Number) body.get("id")).longValue()).isEqualTo(headphones.id());
        assertThat(Instant.parse((String) body.get("updatedAt"))).isEqualTo(headphones.updatedAt());
    }

    @Test
    void publishedProductIsFoundBySku() {
        ProductRow headphones = studioHeadphones(audio);

        ApiClient.Response response = api.get("/api/v1/products/sku/" + headphones.sku());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).containsEntry("sku", headphones.sku()).containsEntry("price", "19.99");
        assertThat(((Number) response.json().get("id")).longValue()).isEqualTo(headphones.id());
    }

    @Test
    void draftProductIsNotFound() {
        ProductRow speaker = draftSpeaker(audio);

        assertNotFound(api.get("/api/v1/products/" + speaker.id()));
    }

    @Test
    void draftProductIsNotFoundBySku() {
        ProductRow speaker = draftSpeaker(audio);

        assertNotFound(api.get("/api/v1/products/sku/" + speaker.sku()));
    }

    @Test
    void archivedProductIsNotFound() {
        ProductRow turntable = archivedTurntable(audio);

        assertNotFound(api.get("/api/v1/products/" + turntable.id()));
    }

    @Test
    void archivedProductIsNotFoundBySku() {
        ProductRow turntable = archivedTurntable(audio);

        assertNotFound(api.get("/api/v1/products/sku/" + turntable.sku()));
    }

    @Test
    void unknownIdIsA404Problem() {
        ApiClient.Response response = api.get("/api/v1/products/999999999");

        assertNotFound(response);
        assertThat(response.json()).containsEntry("status", 404)
                .containsEntry("type", "urn:catalog:problem:product.not-found")
                .containsEntry("instance", "/api/v1/products/999999999");
    }

    @Test
    void unknownSkuIsA404Problem() {
        assertNotFound(api.get("/api/v1/products/sku/" + unusedSku()));
    }

    @Test
    void nonNumericIdIsA400Problem() {
        ApiClient.Response response = api.get("/api/v1/products/twelve");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("status", 400).containsEntry("code", "bad-request");
    }

    // A hidden product must answer exactly like a missing one, so its existence does not leak.
    private static void assertNotFound(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("code", "product.not-found")
                .containsEntry("title", "Product not found");
    }
}
