package dev.catalog.admin.audit;

/** What a recorded change did to its object. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, PUBLISH, ARCHIVE
}
