package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The staff product list's URL parameters as sent, bound once for the page and its CSV export
 * ({@code @RequestBean}); {@link #filter()} reads them.
 */
@Introspected
record ProductListParameters(@Nullable @QueryValue String category, @Nullable @QueryValue String brand,
                             @Nullable @QueryValue String status,
                             @Nullable @QueryValue String inStock, @Nullable @QueryValue String q,
                             @Nullable @QueryValue String sort, @Nullable @QueryValue String page) {

    ProductFilter filter() {
        return ProductFilter.parse(category, brand, status, inStock, q, sort, page);
    }
}
