package dev.catalog.admin.dashboard;

import io.micronaut.core.annotation.Introspected;

/** How many products have one status. */
@Introspected
public record StatusCount(String status, long count) {
}
