package dev.catalog.admin.web;

import dev.catalog.admin.roles.Roles;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * Swagger UI for the admin API, for signed-in staff. Our own page rather than the generated one:
 * that one starts Swagger UI from an inline script, which our Content-Security-Policy forbids.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/api-docs")
@Secured(Roles.VIEWER)
class ApiDocsPageController {

    @Get
    @View("api-docs")
    Map<String, Object> showApiDocs() {
        return Map.of();
    }
}
