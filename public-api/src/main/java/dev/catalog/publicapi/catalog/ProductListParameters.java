package dev.catalog.publicapi.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The list endpoint's query parameters exactly as sent. They are taken as text and checked by
 * {@link ProductSearchParser}, so that one response can name every bad parameter.
 */
@Introspected
record ProductListParameters(
        @QueryValue @Nullable String limit,
        @QueryValue @Nullable String cursor,
        @QueryValue @Nullable String category,
        @QueryValue @Nullable String minPrice,
        @QueryValue @Nullable String maxPrice,
        @QueryValue @Nullable String inStock,
        @QueryValue @Nullable String q,
        @QueryValue @Nullable String sort) {
}
