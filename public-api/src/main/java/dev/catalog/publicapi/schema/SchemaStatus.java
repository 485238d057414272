package dev.catalog.publicapi.schema;

/** Whether this build can read the database it is connected to, and if not, what to do about it. */
record SchemaStatus(boolean readable, String description) {

    static SchemaStatus readable(int version) {
        return new SchemaStatus(true, "schema version " + version);
    }

    static SchemaStatus unreadable(String description) {
        return new SchemaStatus(false, description);
    }
}
