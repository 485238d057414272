package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A category as staff see it in the JSON API. */
@Serdeable
record CategoryDetails(
        long id,
        String slug,
        String name,
        @Nullable String description,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CategoryDetails from(Category category) {
        return new CategoryDetails(category.id(), category.slug(), category.name(), category.description(),
                category.version(), category.createdAt(), category.updatedAt());
    }
}
