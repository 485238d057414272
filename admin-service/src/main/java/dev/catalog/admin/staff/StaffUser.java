package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A person who may sign in to admin-service. The password is only ever held as a BCrypt hash. */
@MappedEntity("staff_user")
public record StaffUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        StaffRole role,
        boolean active,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public static StaffUser create(String username, String passwordHash, StaffRole role) {
        return new StaffUser(null, username, passwordHash, role, true, null, null, null);
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", " + role + (active ? "" : ", inactive") + "]";
    }
}
