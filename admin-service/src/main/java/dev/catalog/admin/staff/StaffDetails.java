package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A staff member as the admin API shows one: never a password hash. */
@Serdeable
record StaffDetails(long id, String username, StaffRole role, boolean active, long version,
                    @Nullable Instant createdAt, @Nullable Instant updatedAt) {

    static StaffDetails from(StaffUser user) {
        return new StaffDetails(user.id(), user.username(), user.role(), user.active(), user.version(),
                user.createdAt(), user.updatedAt());
    }
}
