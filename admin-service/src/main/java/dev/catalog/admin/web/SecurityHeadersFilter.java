package dev.catalog.admin.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Security headers on every admin-service answer. Our pages need no inline script or style, so the
 * policy allows only this origin; nothing may frame the admin (clickjacking).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    // Outside the security filter, so answers it short-circuits (redirects, 401, 403) get the headers too.
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @ResponseFilter
    void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        if (Pages.isPage(request) && !request.getPath().startsWith("/admin/static/")) {
            // Staff pages show data a shared computer's cache must not keep.
            response.header("Cache-Control", "no-store");
        }
    }
}
