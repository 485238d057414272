package dev.catalog.model;

/**
 * The schema-version contract between the two services.
 * <p>
 * admin-service owns the schema and applies its Flyway migrations; public-api only reads. Both are built
 * from this constant, so a public-api can tell at start whether the database it meets is one it can read.
 */
public final class SchemaVersion {

    /** The newest Flyway migration ({@code V<n>__...sql}) this code was built for. */
    public static final int CURRENT = 9;

    /**
     * The oldest schema version this code can still read. Migrations are additive (expand, then
     * contract in a later release), so a reader accepts any version from here up to {@link #CURRENT}.
     */
    public static final int OLDEST_READABLE = 2;

    private SchemaVersion() {
    }

    /** Whether a database migrated to {@code version} can be read by this build. */
    public static boolean isReadable(int version) {
        return version >= OLDEST_READABLE && version <= CURRENT;
    }
}
