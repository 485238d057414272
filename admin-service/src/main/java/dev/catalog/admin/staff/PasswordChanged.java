package dev.catalog.admin.staff;

/**
 * A member's password was changed: by the member ({@code byTheMember}, whose current session goes on)
 * or by an administrator. Sign-in ends the member's other sessions, which the old password opened.
 */
public record PasswordChanged(long staffId, boolean byTheMember) {
}
