package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With PUBLIC_CORS_ORIGINS set, the listed shops read the catalog and any other origin is told why it may not. */
@IntegrationTest
// written as people do: a space after the comma, a trailing slash
@Property(name = "PUBLIC_CORS_ORIGINS", value = "https://shop.example, https://app.example/")
class CorsOriginListIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    ProductRow headphones;

    @BeforeEach
    void createProduct() {
        api = ApiClient.at(server.getURL().toString());
        headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
    }

    @Test
    void listedOriginsRead() {
        for (String origin : new String[] {"https://shop.example", "https://app.example"}) {
            ApiClient.Response response = api.get("/api/v1/products/" + headphones.id(), "Origin", origin);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).contains(origin);
            assertThat(response.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).contains("Origin"));
        }
    }

    @Test
    void anotherOriginGetsAProblemSayingWhy() {
        ApiClient.Response read = api.get("/api/v1/products/" + headphones.id(), "Origin", "https://elsewhere.example");
        ApiClient.Response preflight = api.send("OPTIONS", "/api/v1/products/" + headphones.id(), null,
                "Origin", "https://elsewhere.example", "Access-Control-Request-Method", "GET");

        for (ApiClient.Response refused : new ApiClient.Response[] {read, preflight}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json()).containsEntry("code", "cors-refused");
            assertThat((String) refused.json().get("detail")).contains("https://elsewhere.example", "PUBLIC_CORS_ORIGINS");
            assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void requestsWithoutOriginAreNotCorsRequests() {
        assertThat(api.get("/api/v1/products/" + headphones.id()).status()).isEqualTo(200);
    }
}
