package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import jakarta.inject.Singleton;

/** Creates staff members for tests, each with a password derived from the username. */
@Singleton
public class StaffAccounts {

    private final StaffRepository staff;
    private final PasswordHasher hasher;

    StaffAccounts(StaffRepository staff, PasswordHasher hasher) {
        this.staff = staff;
        this.hasher = hasher;
    }

    public static String password(String username) {
        return username + "-secret-pw";
    }

    public void create(String username, StaffRole role) {
        staff.save(new StaffUser(null, username, hasher.hash(password(username)), role, true, null, null, null));
    }
}
