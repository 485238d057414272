package dev.catalog.admin.web;

/**
 * Texts the admin API's OpenAPI annotations share (annotation values must be compile-time constants):
 * each problem an operation can answer, written once and referenced from every operation that gives it.
 */
public final class ApiDocs {

    public static final String UNAUTHORIZED = "`unauthorized`: no credentials, wrong ones, a revoked token, or a "
            + "username throttled after failed sign-ins.";
    public static final String FORBIDDEN = "`forbidden`: the caller's role is below the one this operation needs "
            + "(EDITOR to edit the catalog).";
    public static final String NOT_ACCEPTABLE = "`not-acceptable`: the Accept header covers neither application/json "
            + "nor */* (errors come as application/problem+json whatever it says).";
    public static final String INTERNAL_ERROR = "`internal-server-error`: a fault in the service. The detail never "
            + "carries internals; the error is logged.";
    public static final String INVALID_BODY = "`invalid-input` (or a more precise code): the body is not valid; "
            + "`errors` names every bad field and why, not only the first.";
    public static final String INVALID_LIST_QUERY = "`invalid-sort` or `bad-request`: a sort property that is not "
            + "sortable, or a page or size that is not a number in range.";
    public static final String INVALID_QUERY = "`invalid-query` or `bad-request`: a query parameter is invalid; "
            + "`errors` names each one.";
    public static final String NOT_FOUND = "`<object>.not-found`: no object has this id.";
    public static final String STALE_OR_TAKEN = "`<object>.version-conflict`: the version named (If-Match or "
            + "`version`) is not the current one, nothing changed, read it again; or `<object>.<field>-taken`: "
            + "another object already has this sku or slug.";
    public static final String REVISION_REFUSED = "`<object>.version-conflict`: the version named is not the "
            + "current one, nothing changed; `<object>.<field>-taken`: another object has the sku or slug now; "
            + "`<object>.restore-blocked`: its category or brand was deleted (restore that first); "
            + "`<object>.not-deleted`: it exists, revert it instead; `history.deletion-is-no-version`.";
    public static final String STALE = "`<object>.version-conflict`: If-Match names a version that is not the "
            + "current one; nothing changed.";
    public static final String TAKEN = "`<object>.<field>-taken`: another object already has this sku or slug.";
    public static final String VERSION_REQUIRED = "`version-required`: an update must name the version it edits, "
            + "in If-Match or a `version` field.";
    public static final String IN_USE = "`category.in-use`: products still belong to this category.";

    public static final String IF_MATCH = "The ETag (or the bare version number) of the version this edit is based "
            + "on; a stale one gets 409.";
    public static final String ETAG = "The object's version, to send back in If-Match with the next edit.";
    public static final String LOCATION = "Where the new object can be read.";

    private ApiDocs() {
    }
}
