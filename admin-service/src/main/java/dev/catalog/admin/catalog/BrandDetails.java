package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A brand as staff see it in the JSON API. */
@Serdeable
record BrandDetails(long id, String slug, String name, long version, Instant createdAt, Instant updatedAt) {

    static BrandDetails from(Brand brand) {
        return new BrandDetails(brand.id(), brand.slug(), brand.name(), brand.version(), brand.createdAt(),
                brand.updatedAt());
    }
}
