package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop's page in a browser reads the catalog: simple requests and preflights, by default from any origin. */
@IntegrationTest
class CorsIT implements PublicApiTestDatabase {

    static final String SHOP = "https://shop.example";

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
    void simpleReadFromAnyOriginIsAllowedAndExposesCachingHeaders() {
        ApiClient.Response response = api.get("/api/v1/products/" + headphones.id(), "Origin", SHOP);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).hasValueSatisfying(
                allowed -> assertThat(allowed).isIn("*", SHOP));
        assertThat(response.header("Access-Control-Expose-Headers")).hasValueSatisfying(exposed -> assertThat(exposed)
                .contains("ETag", "Retry-After", "X-Request-Id", "Age", "Warning"));
        assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void preflightForRevalidationIsAnswered() {
        ApiClient.Response response = api.send("OPTIONS", "/api/v1/products/" + headphones.id(), null,
                "Origin", SHOP,
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "if-none-match");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isPresent();
        assertThat(response.header("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET"));
        assertThat(response.header("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("if-none-match"));
        assertThat(response.header("Access-Control-Max-Age")).contains("7200");
        assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void preflightAskingForAnotherHeaderIsRefusedNamingIt() {
        ApiClient.Response response = api.send("OPTIONS", "/api/v1/products/" + headphones.id(), null,
                "Origin", SHOP,
                "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "x-shop-secret");

        assertThat(response.status()).isEqualTo(403);
        assertThat((String) response.json().get("detail")).contains("x-shop-secret");
    }

    @Test
    void answersWithoutOriginStillVaryByOriginForSharedCaches() {
        ApiClient.Response response = api.get("/api/v1/products/" + headphones.id());

        assertThat(response.headers().entrySet()).anySatisfy(header -> {
            assertThat(header.getKey()).isEqualToIgnoringCase("Vary");
            assertThat(header.getValue()).anySatisfy(value -> assertThat(value).containsIgnoringCase("Origin"));
        });
    }

    @Test
    void theManagementPortAndDocsAreNotOfferedToOtherOrigins() {
        ApiClient management = ApiClient.at(ManagementPort.url(server));
        for (ApiClient.Response response : new ApiClient.Response[] {
                management.get("/health", "Origin", SHOP),
                management.get("/prometheus", "Origin", SHOP),
                api.get("/swagger/public-api.yml", "Origin", SHOP)}) {
            assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
        }
        ApiClient.Response preflight = management.send("OPTIONS", "/health", null,
                "Origin", SHOP, "Access-Control-Request-Method", "GET");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.status()).isEqualTo(403);
    }

    @Test
    void preflightForAWriteIsRefusedWithAProblem() {
        ApiClient.Response response = api.send("OPTIONS", "/api/v1/products/" + headphones.id(), null,
                "Origin", SHOP,
                "Access-Control-Request-Method", "DELETE");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
