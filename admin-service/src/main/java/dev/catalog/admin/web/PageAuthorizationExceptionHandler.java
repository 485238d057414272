package dev.catalog.admin.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * On staff pages, a visitor who is not signed in is sent to the login page (and back afterwards), and a
 * signed-in user without the role gets a 403 page. The JSON API keeps the framework's problem+json
 * answers with their {@code WWW-Authenticate} challenge.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class PageAuthorizationExceptionHandler extends DefaultAuthorizationExceptionHandler {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    PageAuthorizationExceptionHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                                      RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                                      List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                                      @Nullable PriorToLoginPersistence priorToLoginPersistence,
                                      ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders,
                priorToLoginPersistence);
        this.views = views;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!Pages.isPage(request)) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            return forbidden(request);
        }
        String back = "GET".equals(request.getMethodName()) ? request.getUri().toString() : "/admin/";
        return Pages.seeOther("/admin/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    /** The 403 page, rendered here: refusals from filters never reach the views filter. */
    MutableHttpResponse<?> forbidden(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(views.render("error/forbidden", Map.of("requested", request.getPath()), request));
    }
}
