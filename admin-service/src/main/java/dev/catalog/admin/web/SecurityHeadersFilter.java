package dev.catalog.admin.web;

import dev.catalog.support.clientaddress.RequestScheme;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Locale;

/**
 * Security headers on every admin-service answer. Our pages need no inline script or style, so the
 * policy allows only this origin; nothing may frame the admin (clickjacking). Over TLS (see
 * {@link RequestScheme}): HSTS, and Secure on every cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    /** A year, sub-domains included: browsers then refuse plain HTTP to staff pages altogether. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final RequestScheme scheme;

    SecurityHeadersFilter(RequestScheme scheme) {
        this.scheme = scheme;
    }

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
        if (scheme.isHttps(request)) {
            response.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            secureCookies(response);
        }
    }

    /**
     * Over TLS every cookie is Secure. The session filter marks its cookie Secure only for TLS to this
     * process; behind a proxy that ended TLS, this (outermost) filter adds it.
     */
    private static void secureCookies(MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty()) {
            return;
        }
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            boolean secure = cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|$)");
            response.getHeaders().add(HttpHeaders.SET_COOKIE, secure ? cookie : cookie + "; Secure");
        }
    }
}
