package dev.catalog.publicapi.openapi;

import dev.catalog.support.problem.Problem;
import io.micronaut.http.HttpHeaders;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers every catalog read can give besides its own 200, 400 and 404: 304 to a client that already
 * holds the representation, 429 from the rate limit, 503 when the database cannot answer and nothing
 * cached can stand in, and 500 for a fault. Micronaut reads these through the annotation as if they
 * were written on the endpoint itself. The 200s stay on each endpoint: an endpoint's own response
 * replaces the one of the same code here, headers and all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, headers = {
        @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
        @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                schema = @Schema(type = "string"))})
@ApiResponse(responseCode = "429", description = ApiDocs.RATE_LIMITED,
        headers = @Header(name = HttpHeaders.RETRY_AFTER, description = ApiDocs.RETRY_AFTER,
                schema = @Schema(type = "integer", minimum = "1")),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = ApiDocs.DATABASE_UNAVAILABLE,
        headers = @Header(name = HttpHeaders.RETRY_AFTER, description = ApiDocs.RETRY_AFTER,
                schema = @Schema(type = "integer", minimum = "1")),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "500", description = ApiDocs.INTERNAL_ERROR,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface ReadResponses {
}
