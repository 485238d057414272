package dev.catalog.model.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The public JSON shape of a product. {@code price} is a decimal string such as {@code "19.99"}: JSON
 * numbers are read as binary floats by many clients, and money must not be. {@code brand} is null only
 * while a schema change gives existing products their brand (README: schema changes without downtime).
 */
@Serdeable
// Every field is always written, null description included: clients rely on the shape.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductView(
        long id,
        String sku,
        String name,
        @Nullable String description,
        String price,
        String currency,
        int stock,
        CategoryRef category,
        // "type" beside "nullable": OpenAPI 3.0 needs both for a nullable reference
        @Nullable @Schema(type = "object", nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Null only while a schema change gives existing products their brand.")
        BrandRef brand,
        Instant updatedAt) {

    public static ProductView of(long id, String sku, String name, @Nullable String description,
                                 BigDecimal price, String currency, int stock, CategoryRef category,
                                 @Nullable BrandRef brand, Instant updatedAt) {
        return new ProductView(id, sku, name, description, Prices.format(price), currency, stock, category,
                brand, updatedAt);
    }
}
