package dev.catalog.model.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;

import static dev.catalog.model.catalog.CatalogRules.CURRENCY_PATTERN;
import static dev.catalog.model.catalog.CatalogRules.PRICE_FRACTION_DIGITS;
import static dev.catalog.model.catalog.CatalogRules.PRICE_INTEGER_DIGITS;
import static dev.catalog.model.catalog.CatalogRules.PRODUCT_DESCRIPTION_MAX;
import static dev.catalog.model.catalog.CatalogRules.PRODUCT_NAME_MAX;
import static dev.catalog.model.catalog.CatalogRules.SKU_PATTERN;

/**
 * A product of the catalog. {@code categoryId} and {@code brandId} are plain columns rather than mapped
 * relations: writers set them, and readers that need a name join it in their own query. Every product
 * has a brand since V16; {@code brandId} stays nullable here because this code also runs on V11-V15,
 * where rows not backfilled yet have none.
 */
@MappedEntity("product")
public record Product(
        @Id @GeneratedValue @Nullable Long id,
        @NotBlank @Pattern(regexp = SKU_PATTERN) String sku,
        @NotBlank @Size(max = PRODUCT_NAME_MAX) String name,
        @Nullable @Size(max = PRODUCT_DESCRIPTION_MAX) String description,
        @NotNull @DecimalMin("0.00") @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
        BigDecimal price,
        @NotNull @Pattern(regexp = CURRENCY_PATTERN) String currency,
        @Min(0) int stock,
        @NotNull Long categoryId,
        @Nullable Long brandId,
        @NotNull ProductStatus status,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Instant publishedAt) {

    /** This product in {@code newStatus}; the first publication is remembered in {@code publishedAt}. */
    public Product withStatus(ProductStatus newStatus, Instant now) {
        Instant published = newStatus == ProductStatus.PUBLISHED && publishedAt == null ? now : publishedAt;
        return new Product(id, sku, name, description, price, currency, stock, categoryId, brandId, newStatus,
                version, createdAt, updatedAt, published);
    }
}
