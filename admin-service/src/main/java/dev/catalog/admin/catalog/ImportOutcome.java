package dev.catalog.admin.catalog;

/** What a previewed import row would do. */
enum ImportOutcome {
    CREATE, UPDATE, UNCHANGED, ERROR
}
