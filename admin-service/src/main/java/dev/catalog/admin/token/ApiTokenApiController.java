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

/**
 * Personal API tokens, so scripts need not send a password (and pay for a BCrypt check) on every call.
 * Every staff member manages their own; a token acts with its owner's current role.
 */
@Controller("/admin/api/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ApiTokenApiController {

    private final ApiTokenService tokens;

    ApiTokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Post
    HttpResponse<IssuedToken> create(@Valid @Body TokenRequest request, Authentication me) {
        IssuedToken issued = tokens.issue(me.getName(), request.name());
        return HttpResponse.created(issued, URI.create("/admin/api/tokens/" + issued.id()));
    }

    @Get
    List<TokenSummary> list(Authentication me) {
        return tokens.listOwn(me.getName()).stream().map(TokenSummary::from).toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void revoke(long id, Authentication me) {
        if (!tokens.revokeOwn(id, me.getName())) {
            throw new TokenNotFoundException(id);
        }
    }
}
