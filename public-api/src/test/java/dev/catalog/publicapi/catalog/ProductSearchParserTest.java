package dev.catalog.publicapi.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductSearchParserTest {

    private final CursorCodec cursors = new CursorCodec(new CursorConfiguration("test-secret-for-page-cursors"));
    private final ProductSearchParser parser = new ProductSearchParser(cursors);

    @Test
    void noParametersMeanTheFirstTwentyInIdOrder() {
        ProductSearch search = parser.parse(parameters().build());

        assertThat(search.limit()).isEqualTo(20);
        assertThat(search.sort()).isEqualTo(ProductSort.ID);
        assertThat(search.after()).isNull();
        assertThat(search.category()).isNull();
    }

    @Test
    void everyFilterIsRead() {
        ProductSearch search = parser.parse(parameters().category("audio").minPrice("10").maxPrice("99.90")
                .inStock("true").q(" wireless headphones ").sort("-price").limit("5").build());

        assertThat(search.category()).isEqualTo("audio");
        assertThat(search.minPrice()).isEqualByComparingTo("10");
        assertThat(search.maxPrice()).isEqualByComparingTo("99.90");
        assertThat(search.inStock()).isTrue();
        assertThat(search.text()).isEqualTo("wireless headphones");
        assertThat(search.sort()).isEqualTo(ProductSort.PRICE_DESC);
        assertThat(search.limit()).isEqualTo(5);
    }

    @Test
    void cursorResumesAfterItsPositionForEachSortType() {
        ProductSearch priceFirstPage = parser.parse(parameters().sort("price").build());
        String priceCursor = cursors.encode(priceFirstPage.scope(), "19.99|42");
        ProductSearch updatedFirstPage = parser.parse(parameters().sort("-updatedAt").build());
        String updatedCursor = cursors.encode(updatedFirstPage.scope(), "2026-01-02T03:04:05.123456Z|7");

        assertThat(parser.parse(parameters().sort("price").cursor(priceCursor).build()).after())
                .isEqualTo(new ProductSearch.Position(new BigDecimal("19.99"), 42));
        assertThat(parser.parse(parameters().sort("-updatedAt").cursor(updatedCursor).build()).after())
                .isEqualTo(new ProductSearch.Position(Instant.parse("2026-01-02T03:04:05.123456Z"), 7));
    }

    @Test
    void nameCursorKeepsNamesWithTheSeparatorInThem() {
        String scope = parser.parse(parameters().sort("name").build()).scope();
        String cursor = cursors.encode(scope, "Cable | 2 m|9");

        assertThat(parser.parse(parameters().sort("name").cursor(cursor).build()).after())
                .isEqualTo(new ProductSearch.Position("Cable | 2 m", 9));
    }

    @Test
    void cursorOfAnotherSortIsRejected() {
        String cursor = cursors.encode(parser.parse(parameters().sort("price").build()).scope(), "19.99|42");

        assertThat(rejectedNames(parameters().sort("name").cursor(cursor))).containsExactly("cursor");
    }

    @Test
    void cursorOfAnotherFilterIsRejected() {
        String cursor = cursors.encode(parser.parse(parameters().q("kettle").build()).scope(), "42");

        assertThat(rejectedNames(parameters().q("teapot").cursor(cursor))).containsExactly("cursor");
    }

    @Test
    void cursorWhosePositionIsNotAnIdIsRejected() {
        String cursor = cursors.encode(parser.parse(parameters().build()).scope(), "not-an-id");

        assertThat(rejectedNames(parameters().cursor(cursor))).containsExactly("cursor");
    }

    @Test
    void genuineCursorIsNotBlamedForAnotherBadParameter() {
        String cursor = cursors.encode(parser.parse(parameters().category("audio").build()).scope(), "42");

        assertThat(rejectedNames(parameters().category("audio").limit("0").cursor(cursor))).containsExactly("limit");
    }

    @Test
    void minimumAboveMaximumIsRejected() {
        assertThat(rejectedNames(parameters().minPrice("50").maxPrice("10"))).containsExactly("maxPrice");
    }

    @Test
    void pricesWithThreeDecimalsOrBelowZeroAreRejected() {
        assertThat(rejectedNames(parameters().minPrice("-1").maxPrice("1.999")))
                .containsExactly("minPrice", "maxPrice");
    }

    @Test
    void searchTextWithControlCharactersIsRejected() {
        assertThat(rejectedNames(parameters().q("kettle\u0000"))).containsExactly("q");
    }

    @Test
    void searchTextLongerThanTwoHundredCharactersIsRejected() {
        assertThat(rejectedNames(parameters().q("k".repeat(201)))).containsExactly("q");
    }

    @Test
    void idIsNotASortClientsCanName() {
        assertThat(rejectedNames(parameters().sort("id"))).containsExactly("sort");
    }

    @Test
    void everyBadParameterIsReportedTogether() {
        assertThat(rejectedNames(parameters().limit("0").cursor("page-2").category("Audio_Gear").inStock("yes")
                .sort("cheapest")))
                .containsExactly("limit", "category", "inStock", "sort", "cursor");
    }

    @Test
    void aBrandMustBeASlug() {
        assertThat(rejectedNames(parameters().brand("Sonora Audio"))).containsExactly("brand");
        assertThat(parser.parse(parameters().brand("sonora").build()).brand()).isEqualTo("sonora");
    }

    private List<String> rejectedNames(Parameters parameters) {
        InvalidQueryException rejected = catchThrowableOfType(InvalidQueryException.class,
                () -> parser.parse(parameters.build()));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.toProblem("/api/v1/products").errors().stream()
                .map(error -> error.name())
                .toList();
    }

    private static Parameters parameters() {
        return new Parameters();
    }

    /** Raw query parameters, as a client would send them. */
    private static final class Parameters {
        private String limit;
        private String cursor;
        private String category;
        private String brand;
        private String minPrice;
        private String maxPrice;
        private String inStock;
        private String q;
        private String sort;

        Parameters limit(String value) { limit = value; return this; }
        Parameters cursor(String value) { cursor = value; return this; }
        Parameters category(String value) { category = value; return this; }
        Parameters brand(String value) { brand = value; return this; }
        Parameters minPrice(String value) { minPrice = value; return this; }
        Parameters maxPrice(String value) { maxPrice = value; return this; }
        Parameters inStock(String value) { inStock = value; return this; }
        Parameters q(String value) { q = value; return this; }
        Parameters sort(String value) { sort = value; return this; }

        ProductListParameters build() {
            return new ProductListParameters(limit, cursor, category, brand, minPrice, maxPrice, inStock, q, sort);
        }
    }
}
