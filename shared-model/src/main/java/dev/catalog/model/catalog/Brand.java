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

import static dev.catalog.model.catalog.CatalogRules.BRAND_NAME_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_PATTERN;

/** Who makes a product, addressed publicly by its slug (filter {@code brand=<slug>}). */
@MappedEntity("brand")
public record Brand(
        @Id @GeneratedValue @Nullable Long id,
        @NotBlank @Size(max = SLUG_MAX) @Pattern(regexp = SLUG_PATTERN) String slug,
        @NotBlank @Size(max = BRAND_NAME_MAX) String name,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** Where V11 put every product that had no brand yet. */
    public static final String UNBRANDED_SLUG = "unbranded";

    /** A brand not stored yet. */
    public static Brand draft(String slug, String name) {
        return new Brand(null, slug, name, null, null, null);
    }

    /** This brand with new editable fields, keeping id and timestamps; {@code version} is the one edited. */
    public Brand edited(String slug, String name, long version) {
        return new Brand(id, slug, name, version, createdAt, updatedAt);
    }
}
