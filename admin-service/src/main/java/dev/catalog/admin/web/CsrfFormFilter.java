package dev.catalog.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import io.micronaut.security.csrf.resolver.FutureCsrfTokenResolver;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every state-changing request to a staff page must carry the session's CSRF token, whatever its
 * content type. Token resolution (the form field) and validation (against the session) are
 * Micronaut Security CSRF's own beans; this filter only decides where they apply. It replaces the
 * module's CsrfFilter, which here fails with a 500 on every accepted post (its "proceed" is a future
 * completed with null, which this Micronaut core version does not accept).
 */
@ServerFilter("/admin/**")
class CsrfFormFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final List<FutureCsrfTokenResolver<HttpRequest<?>>> resolvers;
    private final List<CsrfTokenResolver<HttpRequest<?>>> headerResolvers;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final PageAuthorizationExceptionHandler refusals;

    // The form field (a form post) or the X-CSRF-TOKEN header (a page script's upload, whose body is the file).
    CsrfFormFilter(List<FutureCsrfTokenResolver<HttpRequest<?>>> resolvers,
                   List<CsrfTokenResolver<HttpRequest<?>>> headerResolvers, CsrfTokenValidator<HttpRequest<?>> validator,
                   PageAuthorizationExceptionHandler refusals) {
        this.resolvers = resolvers;
        this.headerResolvers = headerResolvers;
        this.validator = validator;
        this.refusals = refusals;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    // Blocking: the token may be in the form body, which arrives after the headers.
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> requireCsrfToken(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || !Pages.isPage(request)) {
            return null;
        }
        boolean valid = headerResolvers.stream()
                .flatMap(resolver -> resolver.resolveToken(request).stream())
                .anyMatch(token -> validator.validateCsrfToken(request, token))
                || resolvers.stream()
                .map(resolver -> resolver.resolveToken(request).exceptionally(failure -> null).join())
                .filter(Objects::nonNull)
                .anyMatch(token -> validator.validateCsrfToken(request, token));
        return valid ? null : refusals.forbidden(request);
    }
}
