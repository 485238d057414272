package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HEAD answers what GET would, headers and all (Content-Length included), without the body. */
@IntegrationTest
class HeadRequestIT implements PublicApiTestDatabase {

    static final List<String> SAME = List.of("Content-Type", "Content-Length", "ETag", "Cache-Control");

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"product", "page", "categories", "missing"})
    void headCarriesTheHeadersOfGet(String resource) {
        ApiClient api = ApiClient.at(server.getURL().toString());
        CategoryRow audio = CatalogFixtures.audio();
        ProductRow headphones = CatalogFixtures.studioHeadphones(audio);
        String path = switch (resource) {
            case "product" -> "/api/v1/products/" + headphones.id();
            case "page" -> "/api/v1/products?category=" + audio.slug();
            case "categories" -> "/api/v1/categories";
            default -> "/api/v1/products/999999999";
        };

        ApiClient.Response get = api.get(path);
        ApiClient.Response head = api.send("HEAD", path, null);

        assertThat(get.header("Content-Length")).as("GET's length").isPresent();
        assertThat(head.status()).isEqualTo(get.status());
        assertThat(head.body()).isEmpty();
        for (String header : SAME) {
            assertThat(head.header(header)).as(header).isEqualTo(get.header(header));
        }
    }
}
