package dev.catalog.admin.token;

import dev.catalog.admin.roles.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;
import dev.catalog.admin.web.ApiDocs;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.StaffApiResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.http.HttpHeaders;

/**
 * Personal API tokens, so scripts need not send a password (and pay for a BCrypt check) on every call.
 * Every staff member manages their own; a token acts with its owner's current role.
 */
@Controller("/admin/api/tokens")
@Tag(name = "tokens", description = "The caller's own personal API tokens.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ApiTokenApiController {

    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Post
    @Operation(operationId = "createToken", summary = "Issue a personal token",
            description = "The secret is in this answer only; send it as `Authorization: Bearer cat_...`.")
    @ApiResponse(responseCode = "201", description = "The token, with its secret.",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = ApiDocs.LOCATION, schema = @Schema(type = "string")))
    @ApiProblems.InvalidBody
    @StaffApiResponses
    HttpResponse<IssuedToken> create(@Valid @Body TokenRequest request, Authentication me) {
        IssuedToken issued = tokens.issue(me.getName(), request.name());
        return HttpResponse.created(issued, URI.create("/admin/api/tokens/" + issued.id()));
    }

    @Get
    @Operation(operationId = "listTokens", summary = "The caller's tokens", description = "Revoked ones included, never a secret.")
    @StaffApiResponses
    List<TokenSummary> list(Authentication me) {
        return tokens.listOwn(me.getName()).stream().map(TokenSummary::from).toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens", description = "It stops working at once.")
    @ApiResponse(responseCode = "204", description = "Revoked.")
    @ApiProblems.NotFound
    @StaffApiResponses
    void revoke(long id, Authentication me) {
        if (!tokens.revokeOwn(id, me.getName())) {
            throw new TokenNotFoundException(id);
        }
    }
}
