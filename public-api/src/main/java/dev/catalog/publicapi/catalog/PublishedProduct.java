package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CategoryRef;
import dev.catalog.model.catalog.ProductView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@link PublishedProductRepository}: a published product joined with its category. */
@Introspected
record PublishedProduct(
        long id,
        String sku,
        String name,
        @Nullable String description,
        BigDecimal price,
        String currency,
        int stock,
        String categorySlug,
        String categoryName,
        Instant updatedAt) {

    ProductView toView() {
        return ProductView.of(id, sku, name, description, price, currency, stock,
                new CategoryRef(categorySlug, categoryName), updatedAt);
    }
}
