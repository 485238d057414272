package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;

/** A brand as a picker option. */
@Introspected
public record BrandChoice(long id, String name, String slug) {
}
