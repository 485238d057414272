package dev.catalog.publicapi.openapi;

/**
 * Texts the OpenAPI annotations share. Annotation values must be compile-time constants, so the words
 * for a header or a problem code are written once here and referenced from every endpoint.
 */
public final class ApiDocs {

    public static final String ETAG = "Strong validator of this representation (a hash of its bytes). Send it "
            + "back in If-None-Match to get 304 while the representation has not changed.";
    public static final String CACHE_CONTROL = "How caches may keep the answer; by default `public, no-cache`: "
            + "keep it, but revalidate with If-None-Match before each use.";
    public static final String RETRY_AFTER = "Seconds to wait before trying again.";

    public static final String NOT_MODIFIED = "Not modified: the If-None-Match header names the current ETag. "
            + "No body.";
    public static final String RATE_LIMITED = "`rate-limited`: this client address sent more requests than "
            + "allowed. Wait Retry-After seconds.";
    public static final String DATABASE_UNAVAILABLE = "`database-unavailable`: the database did not answer in "
            + "time and no cached copy could stand in. Retry after Retry-After seconds.";
    public static final String INTERNAL_ERROR = "`internal-server-error`: a fault in the service. The detail "
            + "never carries internals; the error is logged.";

    public static final String INVALID_QUERY = "`invalid-query`: one or more query parameters are invalid. "
            + "`errors` names every bad parameter and why, not only the first.";
    public static final String BAD_REQUEST = "`bad-request`: a path parameter has the wrong type, such as a "
            + "product id that is not a whole number.";
    public static final String PRODUCT_NOT_FOUND = "`product.not-found`: no published product matches. Drafts "
            + "and archived products are reported exactly like missing ones.";
    public static final String CATEGORY_NOT_FOUND = "`category.not-found`: no category has this slug.";

    private ApiDocs() {
    }
}
