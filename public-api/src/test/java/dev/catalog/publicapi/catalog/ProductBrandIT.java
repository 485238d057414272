package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.BrandRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.reads.ChangeFeedState;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.catalog.publicapi.Eventually.within;
import static dev.catalog.publicapi.catalog.CatalogFixtures.kitchen;
import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/** Every product names its brand; lists filter by it; a renamed brand shows in its cached products. */
@IntegrationTest
class ProductBrandIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    ChangeFeedState changeFeed;

    ApiClient api;
    ProductListing listing;
    CategoryRow kitchen;
    BrandRow sonora;
    ProductRow sonoraKettle;
    ProductRow sonoraTeapot;
    ProductRow plainWhisk;

    @BeforeAll
    void writeKitchen() {
        api = ApiClient.at(server.getURL().toString());
        listing = new ProductListing(api);
        kitchen = kitchen();
        sonora = CatalogFixtures.sonora();
        sonoraKettle = aProduct().sku("KETTLE").named("Steel Kettle").by(sonora).in(kitchen);
        sonoraTeapot = aProduct().sku("TEAPOT").named("Porcelain Teapot").by(sonora).in(kitchen);
        plainWhisk = aProduct().sku("WHISK").named("Balloon Whisk").in(kitchen);
        aProduct().sku("KETTLE").named("Draft Kettle").by(sonora).draft().in(kitchen);
    }

    @Test
    void aProductShowsItsBrandBySlugAndName() {
        ApiClient.Response product = api.get("/api/v1/products/" + sonoraKettle.id());

        assertThat(product.json().get("brand")).isEqualTo(Map.of("slug", sonora.slug(), "name", sonora.name()));
    }

    @Test
    void theBrandFilterListsThePublishedProductsOfThatBrandOnly() {
        assertThat(listing.allSkus("brand=" + sonora.slug() + "&limit=1"))
                .containsExactlyInAnyOrder(sonoraKettle.sku(), sonoraTeapot.sku());
        assertThat(listing.allSkus("brand=" + sonora.slug() + "&category=" + kitchen.slug() + "&q=kettle"))
                .containsExactly(sonoraKettle.sku());
        assertThat(listing.allSkus("brand=no-such-brand-at-all")).isEmpty();
    }

    @Test
    void aBrandThatIsNotASlugIsA400ProblemNamingTheParameter() {
        ApiClient.Response response = api.get("/api/v1/products?brand=Sonora%20Audio");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.invalidNames()).containsExactly("brand");
    }

    @Test
    void aRenamedBrandShowsInItsCachedProducts() {
        within(Duration.ofSeconds(10), "the change feed listens", changeFeed::isLive);
        BrandRow renamed = CatalogFixtures.sonora();
        String path = "/api/v1/products/" + aProduct().sku("CUP").named("Tea Cup").by(renamed).in(kitchen).id();
        assertThat(api.get(path).status()).isEqualTo(200);

        TestDatabase.migrated().update("UPDATE brand SET name = 'Sonora Home' WHERE id = ?", renamed.id());

        within(Duration.ofSeconds(2), "the product shows the new brand name",
                () -> "Sonora Home".equals(((Map<?, ?>) api.get(path).json().get("brand")).get("name")));
    }
}
