package dev.catalog.admin.roles;

import java.util.List;

/** What a staff user may do. Each role includes the ones before it, so a check names the least it needs. */
public enum StaffRole {
    /** Reads everything, changes nothing. */
    VIEWER(List.of(Roles.VIEWER)),
    /** Also edits the catalog. */
    EDITOR(List.of(Roles.VIEWER, Roles.EDITOR)),
    /** Also manages staff. */
    ADMIN(List.of(Roles.VIEWER, Roles.EDITOR, Roles.ADMIN));

    private final List<String> granted;

    StaffRole(List<String> granted) {
        this.granted = granted;
    }

    /** The security roles a user with this role holds. */
    public List<String> granted() {
        return granted;
    }
}
