package dev.catalog.publicapi.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One notification on channel {@code catalog_changes}, as admin-service's migrations send it: a changed
 * row of {@code entity} ({@code key} is its sku or slug), or {@code all} rows of it; since V5 also when,
 * in milliseconds since 1970 by the database's clock ({@code sentAtMs}).
 */
@Serdeable
record CatalogChange(String entity, @Nullable Long id, @Nullable String key, boolean all, @Nullable Long sentAtMs) {

    static final String CHANNEL = "catalog_changes";

    boolean isProduct() {
        return "product".equals(entity);
    }
}
