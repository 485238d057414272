package dev.catalog.model.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** The public JSON shape of a category, with how many of its products are published. */
@Serdeable
@Introspected
public record CategoryView(String slug, String name, @Nullable String description, long publishedProducts) {
}
