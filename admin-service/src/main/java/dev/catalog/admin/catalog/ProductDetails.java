package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Prices;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A product as staff see it in the JSON API: every column, the price as a decimal string. */
@Serdeable
record ProductDetails(
        long id,
        String sku,
        String name,
        @Nullable String description,
        String price,
        String currency,
        int stock,
        long categoryId,
        @Nullable @Schema(description = "Null only for a product not yet given one by a schema change's backfill.")
        Long brandId,
        ProductStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    static ProductDetails from(Product product) {
        return new ProductDetails(product.id(), product.sku(), product.name(), product.description(),
                Prices.format(product.price()), product.currency(), product.stock(), product.categoryId(),
                product.brandId(), product.status(), product.version(), product.createdAt(), product.updatedAt(),
                product.publishedAt());
    }
}
