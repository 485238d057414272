package dev.catalog.publicapi.cors;

import dev.catalog.support.problem.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration.CorsConfiguration;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import io.micronaut.http.server.cors.CorsUtil;

import java.util.List;
import java.util.Locale;

/**
 * Finishes what Micronaut's CORS filter (configured under {@code micronaut.server.cors}) decides:
 * <ul>
 * <li>only the public API is offered to other origins: anywhere else (the management port's health
 * details and metrics, the docs) the CORS headers are taken off, so no other site's page reads them;</li>
 * <li>an accepted preflight becomes 204 (it has no body);</li>
 * <li>a refusal (an empty 403, or a read answered without {@code Access-Control-Allow-Origin}) becomes a
 * problem+json saying why, the reason a browser would not show;</li>
 * <li>API answers carry {@code Vary: Origin} even to requests without one, so that a shared cache never
 * hands an answer without CORS headers to a browser page.</li>
 * </ul>
 * Wraps that filter; public-api answers no other 403.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CorsAnswers implements Ordered {

    static final String API = "/api/";

    private final CorsConfiguration cors;

    CorsAnswers(CorsConfiguration cors) {
        this.cors = cors;
    }

    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }

    // Pre-matching, like the CORS filter's preflight answer, which is given before any route is matched.
    @PreMatching
    @ResponseFilter
    MutableHttpResponse<?> finishPreflight(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!CorsUtil.isPreflightRequest(request)) {
            return response;
        }
        if (!request.getPath().startsWith(API)) {
            return refused(request, "Cross-origin requests are answered under " + API + " only.");
        }
        if (response.code() == HttpStatus.OK.getCode()) {
            return response.status(HttpStatus.NO_CONTENT);
        }
        return refusedByCors(response) ? refused(request, reason(request)) : response;
    }

    @ResponseFilter
    MutableHttpResponse<?> finishRequest(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean api = request.getPath().startsWith(API);
        if (request.getOrigin().isEmpty()) {
            if (api) {
                response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            }
            return response;
        }
        if (!api) {
            withoutCorsHeaders(response);
            return response;
        }
        // A preflight reaches the routes only when no CORS configuration took it: its origin is not allowed.
        if (CorsUtil.isPreflightRequest(request)) {
            return refused(request, reason(request));
        }
        boolean originNotAllowed = response.code() < 400
                && !response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        return originNotAllowed || refusedByCors(response) ? refused(request, reason(request)) : response;
    }

    private static boolean refusedByCors(MutableHttpResponse<?> response) {
        return response.code() == HttpStatus.FORBIDDEN.getCode() && response.getBody().isEmpty();
    }

    private static void withoutCorsHeaders(MutableHttpResponse<?> response) {
        List<String> names = response.getHeaders().names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                .toList();
        names.forEach(response.getHeaders()::remove);
    }

    private String reason(HttpRequest<?> request) {
        String origin = request.getOrigin().orElse("");
        boolean preflight = CorsUtil.isPreflightRequest(request);
        String method = preflight ? request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethodName();
        if (!HttpMethod.GET.name().equalsIgnoreCase(method) && !HttpMethod.HEAD.name().equalsIgnoreCase(method)) {
            return "Cross-origin " + method + " is not allowed: this API is read-only, browsers may send GET and HEAD.";
        }
        if (!originAllowed(origin)) {
            return "Origin " + origin + " may not read this API: the operator allows the origins in PUBLIC_CORS_ORIGINS.";
        }
        return "A request header asked for (" + request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)
                + ") is not allowed: besides the CORS-safelisted ones, only If-None-Match, If-Modified-Since and "
                + "X-Request-Id.";
    }

    private boolean originAllowed(String origin) {
        return cors.getConfigurations().values().stream()
                .map(CorsOriginConfiguration::getAllowedOrigins)
                .anyMatch(allowed -> allowed == CorsOriginConfiguration.ANY || allowed.contains(origin));
    }

    private static MutableHttpResponse<Problem> refused(HttpRequest<?> request, String detail) {
        Problem problem = Problem.of(403, "cors-refused", "Cross-origin request refused", detail,
                request.getPath(), List.of());
        return problem.toResponse();
    }
}
