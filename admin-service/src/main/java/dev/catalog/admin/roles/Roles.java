package dev.catalog.admin.roles;

/** Role names as {@code @Secured} needs them: compile-time constants. See {@link StaffRole} for what each grants. */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
