package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the staff product list; no brand only before a schema change backfilled it (V13). */
public record ProductRow(long id, String sku, String name, BigDecimal price, String currency, int stock,
                         ProductStatus status, String categoryName, @Nullable String brandName, Instant updatedAt,
                         String categorySlug, @Nullable String brandSlug, @Nullable String description) {
}
