package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;

/** A category in the staff list, with how many products (of any status) it holds. */
@Introspected
public record CategorySummary(long id, String slug, String name, long products) {
}
