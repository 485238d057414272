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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.catalog.publicapi.catalog.CatalogFixtures.kitchen;
import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static dev.catalog.publicapi.catalog.ProductListing.items;
import static dev.catalog.publicapi.catalog.ProductListing.skus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sort, walked two products a page through a category of this class's own, against the order the
 * test computes from the rows it inserted. Every sort value is shared by at least two rows, so ties must
 * be broken by id, in the sort's direction, for the walk to be exact.
 */
@IntegrationTest
class ProductSortIT implements PublicApiTestDatabase {

    private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");

    @Inject
    EmbeddedServer server;

    ProductListing listing;
    CategoryRow kitchen;
    List<ProductRow> published = new ArrayList<>();

    @BeforeAll
    void writeKitchen() {
        listing = new ProductListing(ApiClient.at(server.getURL().toString()));
        kitchen = kitchen();
        // Names differ in their first word and are capitalised alike, so every collation orders them as Java does.
        published.add(woodenware("Alder Bowl", "12.00", 3));
        published.add(woodenware("Cedar Box", "5.50", 1));
        aProduct().named("Alder Bowl").pricedAt("12.00").updatedAt(T.plusSeconds(60)).draft().in(kitchen);
        published.add(woodenware("Alder Bowl", "30.00", 1));
        published.add(woodenware("Birch Board", "12.00", 2));
        aProduct().named("Birch Board").pricedAt("5.50").updatedAt(T.plusSeconds(120)).archived().in(kitchen);
        published.add(woodenware("Elm Spoon", "5.50", 3));
        published.add(woodenware("Cedar Box", "12.00", 0));
        published.add(woodenware("Dogwood Tray", "99.99", 2));
        published.add(aProduct().sku("WOOD").named("Birch Board").described("Oiled, not special at all.").pricedAt("8.00")
                .updatedAt(T.plusSeconds(240)).in(kitchen));
        published.add(aProduct().sku("WOOD").named("Alder Bowl").described("Hand-turned.").pricedAt("12.00")
                .updatedAt(T.plusSeconds(60)).in(kitchen));
    }

    private ProductRow woodenware(String name, String price, int minutesAfterT) {
        return aProduct().sku("WOOD").named(name).pricedAt(price).updatedAt(T.plusSeconds(60L * minutesAfterT))
                .in(kitchen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "-name", "price", "-price", "updatedAt", "-updatedAt"})
    void pagesFollowTheSortWithTiesBrokenByIdInTheSameDirection(String sort) {
        List<String> expected = published.stream().sorted(order(sort)).map(ProductRow::sku).toList();

        List<String> listed = skus(listing.pages(query(sort)));

        assertThat(listed).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "-name", "price", "-price", "updatedAt", "-updatedAt"})
    void everyPageButTheLastIsFullAndOnlyTheLastHasNoNextCursor(String sort) {
        List<Map<String, Object>> pages = listing.pages(query(sort));

        assertThat(pages).extracting(page -> items(page).size()).containsExactly(2, 2, 2, 2, 1);
        assertThat(pages).extracting(page -> page.get("nextCursor") != null)
                .containsExactly(true, true, true, true, false);
    }

    // A search sorted by name is planned apart (every match found first, then sorted): the same promise holds.
    @ParameterizedTest
    @ValueSource(strings = {"name", "-name", "price", "-updatedAt"})
    void searchedPagesFollowTheSortToo(String sort) {
        List<String> expected = published.stream().filter(row -> row.description().contains("special"))
                .sorted(order(sort)).map(ProductRow::sku).toList();

        List<String> listed = skus(listing.pages(query(sort) + "&q=special"));

        assertThat(listed).hasSize(published.size() - 1).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void withoutSortTheListIsInIdOrder() {
        List<Long> expected = published.stream().map(ProductRow::id).sorted().toList();

        assertThat(listing.allIds("category=" + kitchen.slug() + "&limit=2")).containsExactlyElementsOf(expected);
    }

    private String query(String sort) {
        return "category=" + kitchen.slug() + "&limit=2&sort=" + sort;
    }

    // The order the API promises: the sort value, then the id, both in the sort's direction.
    private static Comparator<ProductRow> order(String sort) {
        Comparator<ProductRow> byValue = switch (sort.replace("-", "")) {
            case "name" -> Comparator.comparing(ProductRow::name);
            case "price" -> Comparator.comparing(row -> new BigDecimal(row.price()));
            case "updatedAt" -> Comparator.comparing(ProductRow::updatedAt);
            default -> throw new IllegalArgumentException(sort);
        };
        Comparator<ProductRow> withTies = byValue.thenComparingLong(ProductRow::id);
        return sort.startsWith("-") ? withTies.reversed() : withTies;
    }
}
