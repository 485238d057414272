package dev.catalog.admin.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of the OpenAPI document that micronaut-openapi writes at compile time to
 * META-INF/swagger/admin-api.yml, shown to signed-in staff at /admin/api-docs/.
 */
@OpenAPIDefinition(info = @Info(
        title = "catalog admin API",
        version = "1",
        description = """
                The staff JSON API: every edit to the catalog, its history, and personal API tokens. \
                Roles: VIEWER reads, EDITOR also edits, ADMIN also manages staff.

                **Authentication.** HTTP Basic with a staff username and password, or better a personal \
                token (`POST /admin/api/tokens`, then `Authorization: Bearer cat_...`), which skips the \
                password hash check on every call. After 5 failed sign-ins for a username within 15 \
                minutes, Basic is refused for that username until the window passes.

                **Editing.** Creates answer 201 with `Location`; every object carries an `ETag` of its \
                version. An update names the version it edits (`If-Match` or a `version` field): a stale \
                one gets 409 and changes nothing, a missing one 428.

                **Errors** are RFC 9457 problem details (`application/problem+json`) with a stable `code`; \
                400s list every bad field in `errors`."""),
        // the serving host first: Swagger UI's "Try it out" calls it, wherever the service runs
        servers = {
                @Server(url = "/", description = "the host serving this document"),
                @Server(url = "http://localhost:8080", description = "docker compose, or the local pair (README)")},
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", in = SecuritySchemeIn.HEADER,
        description = "A personal API token from POST /admin/api/tokens")
final class AdminApiDocument {

    private AdminApiDocument() {
    }
}
