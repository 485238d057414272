package dev.catalog.admin;

import dev.catalog.sdk.admin.ApiClient;
import dev.catalog.sdk.admin.ApiException;
import dev.catalog.sdk.admin.api.CategoriesApi;
import dev.catalog.sdk.admin.api.ProductsApi;
import dev.catalog.sdk.admin.model.CategoryCommand;
import dev.catalog.sdk.admin.model.CategoryDetails;
import dev.catalog.sdk.admin.model.PageViewProductDetails;
import dev.catalog.sdk.admin.model.Problem;
import dev.catalog.sdk.admin.model.ProblemInvalidParam;
import dev.catalog.sdk.admin.model.ProductCommand;
import dev.catalog.sdk.admin.model.ProductDetails;
import dev.catalog.sdk.admin.model.ProductStatus;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The admin API through a Java client OpenAPI Generator wrote from the service's own document at build
 * time: what a script author's SDK does, with no hand-written HTTP.
 */
@IntegrationTest
class GeneratedClientIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient client;
    CategoriesApi categories;
    ProductsApi products;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(server.getURL().toString());
        String basic = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        categories = new CategoriesApi(client);
        products = new ProductsApi(client);
    }

    @Test
    void createReadAndPageThroughTheGeneratedClient() throws ApiException {
        CategoryDetails category = categories.createCategory(category("sdk-grinders"));
        ProductDetails first = products.createProduct(grinder(category, "SDK-GRINDER-1"));
        ProductDetails second = products.createProduct(grinder(category, "SDK-GRINDER-2").status(ProductStatus.PUBLISHED));

        assertThat(products.showProduct(second.getId()).getStatus()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(first.getPrice()).as("price as a decimal string").isEqualTo("89.50");
        assertThat(first.getPublishedAt()).as("null where the service answers null").isNull();

        PageViewProductDetails newest = products.listProducts(0, 1, List.of("id,desc"), null, null, null, null, null);
        assertThat(newest.getSize()).isEqualTo(1);
        assertThat(newest.getItems()).extracting(ProductDetails::getSku).containsExactly(second.getSku());
        PageViewProductDetails next = products.listProducts(1, 1, List.of("id,desc"), null, null, null, null, null);
        assertThat(next.getItems()).extracting(ProductDetails::getSku).containsExactly(first.getSku());
        assertThat(newest.getTotalItems()).isGreaterThanOrEqualTo(2);
        PageViewProductDetails published = products.listProducts(0, 10, null, ProductStatus.PUBLISHED,
                category.getId(), null, null, null);
        assertThat(published.getItems()).extracting(ProductDetails::getSku).containsExactly(second.getSku());
    }

    @Test
    void staleUpdateIsATypedConflictProblemAndChangesNothing() throws ApiException {
        CategoryDetails category = categories.createCategory(category("sdk-mills"));
        ProductDetails created = products.createProduct(grinder(category, "SDK-MILL-1"));
        products.updateProduct(created.getId(), grinder(category, "SDK-MILL-1").name("Renamed once"), "\"0\"");

        ApiException stale = catchThrowableOfType(ApiException.class, () -> products.updateProduct(created.getId(),
                grinder(category, "SDK-MILL-1").name("Renamed from a stale copy"), "\"0\""));

        assertThat(stale.getCode()).isEqualTo(409);
        assertThat(problem(stale).getCode()).isEqualTo("product.version-conflict");
        assertThat(products.showProduct(created.getId()).getName()).isEqualTo("Renamed once");
    }

    @Test
    void invalidBodyAndUnknownIdAreTypedProblems() {
        ApiException invalid = catchThrowableOfType(ApiException.class,
                () -> categories.createCategory(new CategoryCommand().slug("Not A Slug").name("")));
        ApiException missing = catchThrowableOfType(ApiException.class, () -> products.showProduct(999_999_999L));

        assertThat(invalid.getCode()).isEqualTo(400);
        assertThat(problem(invalid).getErrors()).extracting(ProblemInvalidParam::getName)
                .contains("slug", "name");
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(problem(missing).getCode()).isEqualTo("product.not-found");
    }

    private Problem problem(ApiException exception) {
        try {
            return client.getObjectMapper().readValue(exception.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("not a problem body: " + exception.getResponseBody(), e);
        }
    }

    private static CategoryCommand category(String slug) {
        return new CategoryCommand().slug(slug + "-" + System.nanoTime() % 100_000).name("Grinders");
    }

    private static ProductCommand grinder(CategoryDetails category, String sku) {
        return new ProductCommand().sku(sku + "-" + category.getId()).name("Burr grinder")
                .price(new BigDecimal("89.50")).currency("EUR").stock(4).categoryId(category.getId())
                .brandId(TestDatabase.fresh().insert("SELECT id FROM brand WHERE slug = 'unbranded'"));
    }
}
