package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The staff member form: username and password only when adding; role and active when changing. */
@Serdeable
public record StaffForm(@Nullable String username, @Nullable String role, @Nullable String active,
                        @Nullable String password, @Nullable String confirmation, @Nullable String version) {

    static StaffForm empty() {
        return new StaffForm("", StaffRole.VIEWER.name(), "on", "", "", "");
    }

    static StaffForm from(StaffUser user) {
        return new StaffForm(user.username(), user.role().name(), user.active() ? "on" : null, "", "",
                String.valueOf(user.version()));
    }

    /** Passwords are never sent back to the browser. */
    StaffForm withoutPasswords() {
        return new StaffForm(username, role, active, "", "", version);
    }

    StaffForm rebasedOn(StaffUser theirs) {
        return new StaffForm(username, role, active, "", "", String.valueOf(theirs.version()));
    }

    public boolean isActive() {
        return active != null && !active.isBlank();
    }

    long editedVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
