package dev.catalog.model;

/**
 * The schema-version contract between the two services.
 * <p>
 * admin-service owns the schema and applies its Flyway migrations; public-api only reads. Both are built
 * from this constant, so a public-api can tell whether the database it meets is one it can read: not
 * older than it needs, and not contracted past it. The database itself says which builds may read it
 * (table {@code schema_compatibility}, since V10): a migration that only adds leaves that alone, so a
 * public-api keeps serving while admin-service moves ahead; one that takes away what older builds read
 * raises it (README: schema changes without downtime).
 */
public final class SchemaVersion {

    /** The newest Flyway migration ({@code V<n>__...sql}) this code was built for. */
    public static final int CURRENT = 20;

    /** The oldest schema version this code can read: the first one that has everything it reads (brands). */
    public static final int OLDEST_READABLE = 11;

    /** The first migration that says which builds may read the database. */
    public static final int FIRST_WITH_COMPATIBILITY = 10;

    private SchemaVersion() {
    }

    /**
     * Whether a database migrated to {@code version}, which builds made for {@code readableByBuildsFrom}
     * or later may read, can be read by this build.
     */
    public static boolean isReadable(int version, int readableByBuildsFrom) {
        return version >= OLDEST_READABLE && readableByBuildsFrom <= CURRENT;
    }

    /** How public-api names its connections, so a contracting migration can see which builds still read. */
    public static String readerApplicationName() {
        return "public-api (built for schema " + CURRENT + ")";
    }
}
