package dev.catalog.model.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** The public JSON shape of a category, with how many of its products are published. */
@Serdeable
// Every field is always written, null description included: clients rely on the shape.
@JsonInclude(JsonInclude.Include.ALWAYS)
@Introspected
public record CategoryView(String slug, String name, @Nullable String description, long publishedProducts) {
}
