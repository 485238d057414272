package dev.catalog.model.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

import static dev.catalog.model.catalog.CatalogRules.CATEGORY_DESCRIPTION_MAX;
import static dev.catalog.model.catalog.CatalogRules.CATEGORY_NAME_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_PATTERN;

/** A group of products, addressed publicly by its slug. */
@MappedEntity("category")
public record Category(
        @Id @GeneratedValue @Nullable Long id,
        @NotBlank @Size(max = SLUG_MAX) @Pattern(regexp = SLUG_PATTERN) String slug,
        @NotBlank @Size(max = CATEGORY_NAME_MAX) String name,
        @Nullable @Size(max = CATEGORY_DESCRIPTION_MAX) String description,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** A category not stored yet. */
    public static Category draft(String slug, String name, @Nullable String description) {
        return new Category(null, slug, name, description, null, null, null);
    }

    /** This category with new editable fields, keeping id and timestamps; {@code version} is the one edited. */
    public Category edited(String slug, String name, @Nullable String description, long version) {
        return new Category(id, slug, name, description, version, createdAt, updatedAt);
    }
}
