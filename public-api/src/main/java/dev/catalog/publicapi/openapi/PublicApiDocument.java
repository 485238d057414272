package dev.catalog.publicapi.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of the OpenAPI document that micronaut-openapi writes at compile time to
 * META-INF/swagger/public-api.yml, served at /swagger/public-api.yml and shown at /swagger-ui/.
 */
@OpenAPIDefinition(info = @Info(
        title = "catalog public API",
        version = "1",
        description = """
                Published products and categories, read-only. Bodies are JSON; prices are decimal \
                strings such as "19.99", never JSON numbers.

                **Caching.** Every 200 carries a strong `ETag` and `Cache-Control`. Send the ETag back in \
                `If-None-Match`: while the representation is unchanged the answer is 304 without a body. \
                When the database cannot answer, a cached copy may be served, marked by `Age` and \
                `Warning: 110` headers.

                **Paging.** The product list is paged by opaque cursors: send a page's `nextCursor` as \
                `cursor`, with the same filters and sort, to get the next page. The last page has no \
                `nextCursor`.

                **Errors** are RFC 9457 problem details (`application/problem+json`). Match on `code`; \
                `type` is `urn:catalog:problem:` followed by the code.

                | code | status | meaning |
                |---|---|---|
                | `invalid-query` | 400 | a product-list query parameter is invalid; `errors` names each one |
                | `bad-request` | 400 | a path parameter has the wrong type, such as an id that is not a number |
                | `product.not-found` | 404 | no published product has this id or sku |
                | `category.not-found` | 404 | no category has this slug |
                | `not-found` | 404 | no endpoint has this path |
                | `rate-limited` | 429 | too many requests from this client address; wait `Retry-After` seconds |
                | `database-unavailable` | 503 | the database did not answer in time; wait `Retry-After` seconds |
                | `internal-server-error` | 500 | a fault in the service; the detail carries no internals |

                Other errors raised by the framework use the status name as code, such as \
                `method-not-allowed`."""),
        // the serving host first: Swagger UI's "Try it out" calls it, wherever the service runs
        servers = {
                @Server(url = "/", description = "the host serving this document"),
                @Server(url = "http://localhost:8081", description = "docker compose, or the local pair (README)")})
final class PublicApiDocument {

    private PublicApiDocument() {
    }
}
