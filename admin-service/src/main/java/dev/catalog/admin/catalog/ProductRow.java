package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the staff product list. */
public record ProductRow(long id, String sku, String name, BigDecimal price, String currency, int stock,
                         ProductStatus status, String categoryName, Instant updatedAt) {
}
