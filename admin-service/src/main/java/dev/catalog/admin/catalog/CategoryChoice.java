package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;

/** A category as a picker option. */
@Introspected
public record CategoryChoice(long id, String name, String slug) {
}
