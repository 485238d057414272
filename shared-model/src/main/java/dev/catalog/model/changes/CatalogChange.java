package dev.catalog.model.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One notification on channel {@link #CHANNEL}, as admin-service's migrations send it (from a trigger,
 * so every writer sends it, psql included) and public-api reads it: a changed row of {@code entity}
 * ({@code key} is its sku or slug), or {@code all} rows of it; since V5 also when, in milliseconds since
 * 1970 by the database's clock ({@code sentAtMs}).
 */
@Serdeable
public record CatalogChange(String entity, @Nullable Long id, @Nullable String key, boolean all,
                            @Nullable Long sentAtMs) {

    public static final String CHANNEL = "catalog_changes";

    public boolean isProduct() {
        return "product".equals(entity);
    }
}
