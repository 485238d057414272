package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;

/** A brand in the staff list, with how many products (of any status) it has. */
@Introspected
public record BrandSummary(long id, String slug, String name, long products) {
}
