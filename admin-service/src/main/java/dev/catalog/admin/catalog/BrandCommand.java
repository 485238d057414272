package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static dev.catalog.model.catalog.CatalogRules.BRAND_NAME_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_MAX;
import static dev.catalog.model.catalog.CatalogRules.SLUG_PATTERN;

/** A brand as staff send it to create or update one; {@code version} only on update. */
@Serdeable
record BrandCommand(
        @NotBlank @Size(max = SLUG_MAX)
        @Pattern(regexp = SLUG_PATTERN, message = "must be lower-case letters and digits separated by single dashes")
        String slug,
        @NotBlank @Size(max = BRAND_NAME_MAX) String name,
        @Nullable Long version) {
}
