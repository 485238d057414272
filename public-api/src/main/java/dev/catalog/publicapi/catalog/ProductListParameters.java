package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The list endpoint's query parameters exactly as sent. They are taken as text and checked by
 * {@link ProductSearchParser}, so that one response can name every bad parameter. The OpenAPI schemas
 * describe what the parser accepts, not the Java type.
 */
@Introspected
record ProductListParameters(
        @QueryValue @Nullable
        @Parameter(description = "Products per page.", schema = @Schema(type = "integer", format = "int32",
                minimum = "1", maximum = "" + ProductSearch.MAX_LIMIT, defaultValue = "" + ProductSearch.DEFAULT_LIMIT))
        String limit,
        @QueryValue @Nullable
        @Parameter(description = "Opaque: the `nextCursor` of the previous page, sent with the same filters "
                + "and sort. Any other value is refused.")
        String cursor,
        @QueryValue @Nullable
        @Parameter(description = "Only products of the category with this slug.", example = "audio",
                schema = @Schema(type = "string", pattern = CatalogRules.SLUG_PATTERN,
                        maxLength = CatalogRules.SLUG_MAX))
        String category,
        @QueryValue @Nullable
        @Parameter(description = "Only products of the brand with this slug.", example = "sonora",
                schema = @Schema(type = "string", pattern = CatalogRules.SLUG_PATTERN,
                        maxLength = CatalogRules.SLUG_MAX))
        String brand,
        @QueryValue @Nullable
        @Parameter(description = "Only products priced at least this: a decimal string, at most two decimals.",
                example = "10.00", schema = @Schema(type = "string", pattern = PRICE_PATTERN))
        String minPrice,
        @QueryValue @Nullable
        @Parameter(description = "Only products priced at most this: a decimal string, at most two decimals; "
                + "not less than minPrice.", example = "49.99",
                schema = @Schema(type = "string", pattern = PRICE_PATTERN))
        String maxPrice,
        @QueryValue @Nullable
        @Parameter(description = "true: only products in stock; false: only products out of stock.",
                schema = @Schema(type = "boolean"))
        String inStock,
        @QueryValue @Nullable
        @Parameter(description = "Full-text search in name and description (web-search syntax: words, "
                + "\"quoted phrases\", -excluded).", example = "closed-back headphones",
                schema = @Schema(type = "string", maxLength = ProductSearchParser.MAX_TEXT_LENGTH))
        String q,
        @QueryValue @Nullable
        @Parameter(description = "Order of the list; a leading - sorts descending. Ties are ordered by id.",
                schema = @Schema(type = "string", allowableValues = {"name", "-name", "price", "-price",
                        "updatedAt", "-updatedAt"}))
        String sort) {

    /** What the documentation promises the parser accepts; the parser itself is a little more lenient. */
    static final String PRICE_PATTERN = "^[0-9]{1,10}(\\.[0-9]{1,2})?$";
}
