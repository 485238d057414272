package dev.catalog.testing;

/** Who this JVM runs as, where PostgreSQL cares: it refuses to run as root. */
public final class OperatingSystemUser {

    private OperatingSystemUser() {
    }

    public static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError e) {
            return false; // not a Unix system: no root to refuse
        }
    }
}
