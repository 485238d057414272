package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static dev.catalog.publicapi.catalog.CatalogFixtures.kitchen;
import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each list filter alone and all of them together, on a kitchen category of this class's own (every
 * query names it, so other test classes' rows never count). The rows are written once; tests only read.
 */
@IntegrationTest
class ProductFilterIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ProductListing listing;
    CategoryRow kitchen;
    ProductRow steelKettle;
    ProductRow electricKettle;
    ProductRow teapot;
    ProductRow whisk;
    ProductRow skillet;

    @BeforeAll
    void writeKitchen() {
        listing = new ProductListing(ApiClient.at(server.getURL().toString()));
        kitchen = kitchen();
        steelKettle = aProduct().sku("KETTLE").named("Steel Kettle").described("Whistles when the water boils.")
                .pricedAt("24.00").stocked(5).in(kitchen);
        electricKettle = aProduct().sku("KETTLE").named("Electric Kettle").described("Cordless jug, boils in minutes.")
                .pricedAt("39.90").soldOut().in(kitchen);
        teapot = aProduct().sku("TEAPOT").named("Porcelain Teapot").described("Brews loose leaf tea for four.")
                .pricedAt("18.50").stocked(12).in(kitchen);
        whisk = aProduct().sku("WHISK").named("Balloon Whisk").described("Whips cream and egg whites.")
                .pricedAt("7.25").stocked(40).in(kitchen);
        skillet = aProduct().sku("SKILLET").named("Cast Iron Skillet")
                .described("Heavy pan; pairs with a kettle for camp cooking.").pricedAt("24.00").soldOut().in(kitchen);
        writeHiddenKettlesThatMatchEveryFilter();
    }

    // Each would be in the combined result if it were published, or if it were in this kitchen.
    private void writeHiddenKettlesThatMatchEveryFilter() {
        aProduct().sku("KETTLE").named("Copper Kettle").described("Whistles when the water boils.")
                .pricedAt("24.00").stocked(9).draft().in(kitchen);
        aProduct().sku("KETTLE").named("Enamel Kettle").described("Whistles when the water boils.")
                .pricedAt("24.00").stocked(3).archived().in(kitchen);
        aProduct().sku("KETTLE").named("Travel Kettle").described("Whistles when the water boils.")
                .pricedAt("24.00").stocked(2).in(kitchen());
    }

    @Test
    void categoryAloneListsEveryPublishedProductOfThatCategory() {
        assertThat(listed("")).containsExactlyInAnyOrder(skus(steelKettle, electricKettle, teapot, whisk, skillet));
    }

    @Test
    void minPriceKeepsProductsAtOrAboveIt() {
        assertThat(listed("&minPrice=24.00")).containsExactlyInAnyOrder(skus(steelKettle, electricKettle, skillet));
    }

    @Test
    void maxPriceKeepsProductsAtOrBelowIt() {
        assertThat(listed("&maxPrice=18.5")).containsExactlyInAnyOrder(skus(teapot, whisk));
    }

    @Test
    void priceRangeIncludesBothBounds() {
        assertThat(listed("&minPrice=18.50&maxPrice=24")).containsExactlyInAnyOrder(skus(steelKettle, teapot, skillet));
    }

    @Test
    void equalMinAndMaxPriceListExactlyThatPrice() {
        assertThat(listed("&minPrice=24&maxPrice=24.00")).containsExactlyInAnyOrder(skus(steelKettle, skillet));
    }

    @Test
    void inStockTrueListsOnlyProductsWithStock() {
        assertThat(listed("&inStock=true")).containsExactlyInAnyOrder(skus(steelKettle, teapot, whisk));
    }

    @Test
    void inStockFalseListsOnlySoldOutProducts() {
        assertThat(listed("&inStock=false")).containsExactlyInAnyOrder(skus(electricKettle, skillet));
    }

    @Test
    void searchFindsAWordOfTheName() {
        assertThat(listed(search("whisk"))).containsExactlyInAnyOrder(skus(whisk));
    }

    @Test
    void searchFindsAWordOfTheDescription() {
        assertThat(listed(search("cordless"))).containsExactlyInAnyOrder(skus(electricKettle));
    }

    @Test
    void searchIgnoresCase() {
        assertThat(listed(search("PORCELAIN"))).containsExactlyInAnyOrder(skus(teapot));
    }

    @Test
    void searchForAPluralFindsTheSingularInNamesAndDescriptions() {
        assertThat(listed(search("kettles"))).containsExactlyInAnyOrder(skus(steelKettle, electricKettle, skillet));
    }

    @Test
    void searchForAnotherFormOfAVerbFindsItsStem() {
        assertThat(listed(search("boiling"))).containsExactlyInAnyOrder(skus(steelKettle, electricKettle));
    }

    @Test
    void searchForSeveralWordsNeedsAllOfThem() {
        assertThat(listed(search("steel kettle"))).containsExactlyInAnyOrder(skus(steelKettle));
    }

    @Test
    void searchWithOrNeedsEitherWord() {
        assertThat(listed(search("teapot or whisk"))).containsExactlyInAnyOrder(skus(teapot, whisk));
    }

    @Test
    void searchWithAMinusExcludesThatWord() {
        assertThat(listed(search("kettle -electric"))).containsExactlyInAnyOrder(skus(steelKettle, skillet));
    }

    @Test
    void quotedSearchNeedsTheWordsInThatOrder() {
        assertThat(listed(search("\"cast iron\""))).containsExactlyInAnyOrder(skus(skillet));
        assertThat(listed(search("\"iron cast\""))).isEmpty();
    }

    @Test
    void searchForAWordNoProductHasListsNothing() {
        assertThat(listed(search("samovar"))).isEmpty();
    }

    @Test
    void allFiltersTogetherKeepOnlyProductsMatchingEveryOne() {
        String query = "&minPrice=10&maxPrice=30&inStock=true" + search("kettle or tea or whisk");

        assertThat(listed(query)).containsExactlyInAnyOrder(skus(steelKettle, teapot));
    }

    @Test
    void draftAndArchivedProductsNeverAppearEvenWhenEveryFilterMatches() {
        String query = "&minPrice=24&maxPrice=24&inStock=true" + search("whistles kettle");

        assertThat(listed(query)).containsExactlyInAnyOrder(skus(steelKettle));
    }

    /** The skus listed for this kitchen plus {@code filters} (each starting with {@code &}), over every page. */
    private List<String> listed(String filters) {
        return listing.allSkus("category=" + kitchen.slug() + "&limit=2" + filters);
    }

    private static String search(String words) {
        return "&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static String[] skus(ProductRow... products) {
        return Arrays.stream(products).map(ProductRow::sku).toArray(String[]::new);
    }
}
