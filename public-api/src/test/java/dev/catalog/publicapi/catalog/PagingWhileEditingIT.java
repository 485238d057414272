package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.catalog.publicapi.catalog.CatalogFixtures.kitchen;
import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static dev.catalog.publicapi.catalog.ProductListing.items;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the in-stock products of a category by price, three a page, while {@link BackgroundEdits} keeps
 * changing the stock and descriptions of the listed products and keeps publishing and unpublishing others,
 * and at least one round of edits commits between any two pages.
 * <p>
 * Keyset paging promises "exactly once" only to rows whose own sort key stays put. A row whose price
 * changed mid-walk would be skipped if it moved behind the cursor and listed again if it moved past it;
 * no cursor design can avoid that without a snapshot. So the edits never touch a price.
 */
@IntegrationTest
class PagingWhileEditingIT implements PublicApiTestDatabase {

    private static final String[] PRICES = {"4.00", "7.50", "7.50", "12.00", "19.99", "19.99", "19.99", "35.00"};

    @Inject
    EmbeddedServer server;

    ProductListing listing;
    CategoryRow kitchen;
    List<ProductRow> stayListed = new ArrayList<>();
    List<ProductRow> comeAndGo = new ArrayList<>();
    List<ProductRow> soldOut = new ArrayList<>();
    long seed;
    BackgroundEdits edits;

    @BeforeAll
    void writeKitchen() {
        listing = new ProductListing(ApiClient.at(server.getURL().toString()));
        kitchen = kitchen();
        for (int i = 0; i < 30; i++) {
            stayListed.add(aProduct().sku("STAYS").pricedAt(PRICES[i % PRICES.length]).stocked(1 + i).in(kitchen));
            if (i % 3 == 0) {
                ProductBuilder flickering = aProduct().sku("FLICKERS").pricedAt(PRICES[(i + 1) % PRICES.length]);
                comeAndGo.add((i % 2 == 0 ? flickering : flickering.draft()).in(kitchen));
                soldOut.add(aProduct().sku("SOLD-OUT").pricedAt(PRICES[i % PRICES.length]).soldOut().in(kitchen));
            }
        }
    }

    @BeforeEach
    void startEditing() {
        seed = System.nanoTime();
        edits = BackgroundEdits.start(stayListed, List.of(comeAndGo, soldOut), seed);
    }

    @AfterEach
    void stopEditing() throws InterruptedException {
        edits.close();
    }

    @Test
    void productsThatStayInTheFilteredSetAreEachListedExactlyOnce() {
        List<String> listed = walk();

        assertThat(stayListed).as(described(listed))
                .allSatisfy(product -> assertThat(Collections.frequency(listed, product.sku())).isEqualTo(1));
    }

    @Test
    void productsThatComeAndGoAreNeverListedTwice() {
        List<String> listed = walk();

        assertThat(listed).as(described(listed)).doesNotHaveDuplicates();
    }

    @Test
    void onlyProductsThatMatchTheFilterAtSomePointAreListed() {
        List<String> matchAtSomePoint = Stream.concat(stayListed.stream(), comeAndGo.stream())
                .map(ProductRow::sku)
                .toList();

        List<String> listed = walk();

        assertThat(matchAtSomePoint).as(described(listed)).containsAll(listed);
    }

    @Test
    void theWalkStaysInPriceOrderWithTiesById() {
        List<Map<String, Object>> items = walkItems();

        assertThat(items).as(described(skusOf(items)))
                .isSortedAccordingTo(Comparator.<Map<String, Object>, BigDecimal>comparing(
                                item -> new BigDecimal((String) item.get("price")))
                        .thenComparingLong(item -> ((Number) item.get("id")).longValue()));
    }

    private List<String> walk() {
        return skusOf(walkItems());
    }

    private List<Map<String, Object>> walkItems() {
        String query = "category=" + kitchen.slug() + "&inStock=true&sort=price&limit=3";
        return listing.pages(query, edits::awaitAnotherRound).stream()
                .flatMap(page -> items(page).stream())
                .toList();
    }

    private static List<String> skusOf(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("sku")).toList();
    }

    private String described(List<String> listed) {
        return "listed " + listed + " while " + edits.rounds() + " rounds of edits ran (seed " + seed + ")";
    }
}
