package dev.catalog.publicapi.cors;

import dev.catalog.support.problem.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.cors.CorsUtil;

import java.util.List;

/**
 * Finishes what Micronaut's CORS filter (configured under {@code micronaut.server.cors}) decides, so a
 * developer sees the reason a browser would not show: an accepted preflight becomes 204 (it has no
 * body); a refused one (an empty 403) and a read from an origin no configuration allows (answered
 * without {@code Access-Control-Allow-Origin}) become a problem+json saying why.
 * Wraps that filter; public-api answers no other 403.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CorsAnswers implements Ordered {

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
        if (response.code() == HttpStatus.OK.getCode()) {
            return response.status(HttpStatus.NO_CONTENT);
        }
        return refusedByCors(response) ? refused(request) : response;
    }

    @ResponseFilter
    MutableHttpResponse<?> finishRequest(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getOrigin().isEmpty()) {
            return response;
        }
        // A preflight reaches the routes only when no CORS configuration took it: its origin is not allowed.
        if (CorsUtil.isPreflightRequest(request)) {
            return refused(request);
        }
        boolean originNotAllowed = response.code() < 400
                && !response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        return originNotAllowed || refusedByCors(response) ? refused(request) : response;
    }

    private static boolean refusedByCors(MutableHttpResponse<?> response) {
        return response.code() == HttpStatus.FORBIDDEN.getCode() && response.getBody().isEmpty();
    }

    private static MutableHttpResponse<Problem> refused(HttpRequest<?> request) {
        String origin = request.getOrigin().orElse("");
        String method = CorsUtil.isPreflightRequest(request)
                ? request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD)
                : request.getMethodName();
        boolean readMethod = HttpMethod.GET.name().equalsIgnoreCase(method) || HttpMethod.HEAD.name().equalsIgnoreCase(method);
        String detail = readMethod
                ? "Origin " + origin + " may not read this API: the operator allows the origins in PUBLIC_CORS_ORIGINS."
                : "Cross-origin " + method + " is not allowed: this API is read-only, browsers may send GET and HEAD.";
        Problem problem = Problem.of(403, "cors-refused", "Cross-origin request refused", detail,
                request.getPath(), List.of());
        return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
