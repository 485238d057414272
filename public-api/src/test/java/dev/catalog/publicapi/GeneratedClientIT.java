package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.sdk.publicapi.ApiClient;
import dev.catalog.sdk.publicapi.ApiException;
import dev.catalog.sdk.publicapi.api.ProductsApi;
import dev.catalog.sdk.publicapi.model.Problem;
import dev.catalog.sdk.publicapi.model.ProblemInvalidParam;
import dev.catalog.sdk.publicapi.model.ProductPage;
import dev.catalog.sdk.publicapi.model.ProductView;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The public API through a Java client OpenAPI Generator wrote from the service's own document at build
 * time: what a shop's generated SDK does, with no hand-written HTTP.
 */
@IntegrationTest
class GeneratedClientIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient client;
    ProductsApi products;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(server.getURL().toString());
        products = new ProductsApi(client);
    }

    @Test
    void filteredPagesFollowedByCursorThenOneProductById() throws ApiException {
        CategoryRow audio = CatalogFixtures.audio();
        ProductRow headphones = CatalogFixtures.studioHeadphones(audio);
        ProductRow cable = CatalogFixtures.audioCable(audio);

        ProductPage first = products.listProducts(1, null, audio.slug(), null, null, null, true, null, "price");
        ProductPage second = products.listProducts(1, first.getNextCursor(), audio.slug(), null, null, null, true, null,
                "price");
        ProductView byId = products.showProduct(first.getItems().get(0).getId());

        assertThat(first.getItems()).hasSize(1);
        assertThat(first.getNextCursor()).isNotNull();
        assertThat(second.getNextCursor()).as("null on the last page").isNull();
        assertThat(List.of(first.getItems().get(0).getSku(), second.getItems().get(0).getSku()))
                .containsExactlyInAnyOrder(headphones.sku(), cable.sku());
        assertThat(byId.getSku()).isEqualTo(first.getItems().get(0).getSku());
        assertThat(byId.getPrice()).as("price as a decimal string").matches("\\d+\\.\\d{2}");
        assertThat(byId.getCategory().getSlug()).isEqualTo(audio.slug());
        assertThat(byId.getBrand().getSlug()).isEqualTo("unbranded");
    }

    @Test
    void unknownProductAndInvalidQueryAreTypedProblems() {
        ApiException missing = catchThrowableOfType(ApiException.class, () -> products.showProduct(999_999_999L));
        ApiException invalid = catchThrowableOfType(ApiException.class,
                () -> products.listProducts(0, null, null, null, "cheap", null, null, null, "colour"));

        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(problem(missing).getCode()).isEqualTo("product.not-found");
        assertThat(invalid.getCode()).isEqualTo(400);
        assertThat(problem(invalid).getErrors()).extracting(ProblemInvalidParam::getName)
                .contains("limit", "minPrice", "sort");
    }

    private Problem problem(ApiException exception) {
        try {
            return client.getObjectMapper().readValue(exception.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a problem body: " + exception.getResponseBody(), e);
        }
    }
}
