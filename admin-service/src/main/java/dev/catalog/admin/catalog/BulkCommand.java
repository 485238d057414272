package dev.catalog.admin.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A bulk action of the product list, for scripts: all of the products or none. */
@Serdeable
record BulkCommand(
        @NotEmpty @Size(max = BulkCommand.MAX_PRODUCTS) @Schema(description = "The products, by id.") List<Long> productIds,
        @NotNull Action action) {

    static final int MAX_PRODUCTS = 10_000;

    enum Action { PUBLISH, ARCHIVE, DELETE }

    @Serdeable
    record Done(@Schema(description = "How many products it changed (those already so are not counted).") int changed) {
    }
}
