package dev.catalog.publicapi.catalog;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A validated request for one page of published products: filters, order, page size, and the keyset
 * position after which the page starts (none for the first page).
 */
record ProductSearch(
        @Nullable String category,
        @Nullable String brand,
        @Nullable BigDecimal minPrice,
        @Nullable BigDecimal maxPrice,
        @Nullable Boolean inStock,
        @Nullable String text,
        ProductSort sort,
        int limit,
        @Nullable Position after) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** Where the previous page ended: its last row's sort value (null when sorted by id) and id. */
    record Position(@Nullable Object sortValue, long id) {
    }

    /**
     * What a cursor is bound to. Two requests with the same scope list the same rows in the same order;
     * a cursor sent with any other filter or sort is refused.
     */
    String scope() {
        return "v1|sort=" + sort.parameter() + "|category=" + orEmpty(category) + "|min=" + orEmpty(minPrice)
                + "|max=" + orEmpty(maxPrice) + "|inStock=" + orEmpty(inStock) + "|q=" + orEmpty(text)
                // only when given: a cursor without it reads the same on builds from before brands, so
                // paging goes on while a deploy moves clients from one build to the other
                + (brand == null ? "" : "|brand=" + brand);
    }

    /** This request's identity for the page cache: the scope, the position and the page size. */
    String cacheKey() {
        return scope() + "|limit=" + limit + "|after=" + (after == null ? "" : after.sortValue() + "/" + after.id());
    }

    private static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
