package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The staff product list's filters and search as the admin API takes them: the same as the UI's, but a
 * value that is not valid is a 400 rather than ignored (a script should hear of its mistake).
 */
@Introspected
record ProductApiFilter(
        // optional rather than nullable: a nullable reference to an enum has no OpenAPI 3.0 form
        @QueryValue @Nullable @Schema(nullable = false)
        @Parameter(description = "Only products in this status.") ProductStatus status,
        @QueryValue @Nullable @Parameter(description = "Only products of this category (id).") Long categoryId,
        @QueryValue @Nullable @Parameter(description = "Only products of this brand (id).") Long brandId,
        // text, not Boolean: the binder would read any word but "true" as false
        @QueryValue @Nullable @Pattern(regexp = "true|false", message = "must be true or false")
        @Parameter(description = "true: stock above 0; false: none in stock.", schema = @Schema(type = "boolean"))
        String inStock,
        @QueryValue @Nullable @Size(max = 100)
        @Parameter(description = "Part of the sku or name, in any case.") String q) {

    ProductFilter filter() {
        return new ProductFilter(categoryId, brandId, status, inStock == null ? null : Boolean.valueOf(inStock),
                q == null ? "" : q.strip(),
                ProductSorting.DEFAULT, 0);
    }
}
