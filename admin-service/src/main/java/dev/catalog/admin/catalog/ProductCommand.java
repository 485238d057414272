package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import java.math.BigDecimal;

import static dev.catalog.model.catalog.CatalogRules.PRICE_FRACTION_DIGITS;
import static dev.catalog.model.catalog.CatalogRules.PRICE_INTEGER_DIGITS;
import static dev.catalog.model.catalog.CatalogRules.PRODUCT_DESCRIPTION_MAX;
import static dev.catalog.model.catalog.CatalogRules.PRODUCT_NAME_MAX;
import static dev.catalog.model.catalog.CatalogRules.SKU_PATTERN;

/**
 * A product as staff send it to create or update one. {@code price} arrives as a decimal string
 * ({@code "19.99"}); {@code status} defaults to DRAFT on create; {@code version} only on update;
 * {@code brandId} is required on create ({@link Create}) and kept as it is when an update leaves it out.
 */
@Serdeable
record ProductCommand(
        @NotBlank
        @Pattern(regexp = SKU_PATTERN, message = "must be 2 to 32 upper-case letters, digits or dashes")
        String sku,
        @NotBlank @Size(max = PRODUCT_NAME_MAX) String name,
        @Nullable @Size(max = PRODUCT_DESCRIPTION_MAX) String description,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = PRICE_INTEGER_DIGITS, fraction = PRICE_FRACTION_DIGITS)
        BigDecimal price,
        @NotNull @IsoCurrency String currency,
        @NotNull @Min(0) Integer stock,
        @NotNull Long categoryId,
        @Nullable @NotNull(groups = Create.class)
        @Schema(description = "Required on create. On update, absent keeps the product's brand: scripts and pages "
                + "made before brands keep working while a deploy rolls out.")
        Long brandId,
        // documented as optional rather than nullable: a nullable reference to an enum has no OpenAPI 3.0 form
        @Nullable @Schema(nullable = false, description = "DRAFT when absent on create.") ProductStatus status,
        @Nullable Long version) {

    /** The rules of a new product: every rule of an update, and a brand. */
    interface Create extends Default {
    }
}
