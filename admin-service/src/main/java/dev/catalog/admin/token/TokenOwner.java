package dev.catalog.admin.token;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.core.annotation.Introspected;

/** Who a presented token speaks for. */
@Introspected
record TokenOwner(long tokenId, String username, StaffRole role) {
}
