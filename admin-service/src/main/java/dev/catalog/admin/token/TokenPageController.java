package dev.catalog.admin.token;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/**
 * One's own personal API tokens in the staff UI: how members with a second factor (whom HTTP Basic
 * refuses) call the API. A new token is shown once, then only its name and dates.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/account/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class TokenPageController {

    private static final int MAX_NAME = 64;

    private final ApiTokenService tokens;

    TokenPageController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication me) {
        return page(me, null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> issue(Authentication me, @Body NameForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(me, "Give the token a name of 1 to " + MAX_NAME + " characters.", null));
        }
        return HttpResponse.ok(page(me, null, tokens.issue(me.getName(), name)));
    }

    @Post("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> revoke(HttpRequest<?> request, long id, Authentication me) {
        Flash.say(request, tokens.revokeOwn(id, me.getName()) ? "The token was revoked." : "No such token of yours.");
        return Pages.seeOther("/admin/account/tokens");
    }

    private ModelAndView<Map<String, Object>> page(Authentication me, @Nullable String error,
                                                   @Nullable IssuedToken issued) {
        Map<String, Object> model = new HashMap<>();
        model.put("tokens", tokens.listOwn(me.getName()).stream().map(TokenSummary::from).toList());
        if (error != null) {
            model.put("error", error);
        }
        if (issued != null) {
            model.put("issued", issued);
        }
        return new ModelAndView<>("staff/tokens", model);
    }

    @Serdeable
    record NameForm(@Nullable String name) {
    }
}
