package dev.catalog.support.observation;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * One observation per request, written two ways: the access-log line (method, route, status, duration,
 * request id, client address as the trusted-proxy rule resolves it) and the {@code http.server.requests} timer. Every request gets an id: the caller's
 * {@code X-Request-Id} when it is a sane one, else a new one; it is returned on every answer, errors
 * included, so a client's report can be matched to the server's log.
 * Outermost filter: answers the security filter cuts short are observed too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestObservationFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    static final String ID_ATTRIBUTE = "catalog.requestId";
    static final String STARTED_ATTRIBUTE = "catalog.requestStarted";
    private static final String UNMATCHED = "UNMATCHED_URI";
    // Short and plain: an id ends up in logs and headers, so no spaces, quotes or line breaks.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

    private final RequestTimers timers;
    private final HttpClientAddressResolver clients;

    RequestObservationFilter(RequestTimers timers, HttpClientAddressResolver clients) {
        this.timers = timers;
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    public void assignId(HttpRequest<?> request) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
        request.setAttribute(ID_ATTRIBUTE, id);
        request.setAttribute(STARTED_ATTRIBUTE, System.nanoTime());
    }

    /** This request's id, for other log lines about it ({@code -} before the filter ran). */
    public static String idOf(HttpRequest<?> request) {
        return request.getAttribute(ID_ATTRIBUTE, String.class).orElse("-");
    }

    // Unique, not secret: ThreadLocalRandom, because UUID.randomUUID() reads /dev/urandom, a blocking
    // file read that must not happen on an event loop.
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @ResponseFilter
    public void observe(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = idOf(request);
        response.header(HEADER, id);
        long nanos = System.nanoTime() - request.getAttribute(STARTED_ATTRIBUTE, Long.class).orElse(System.nanoTime());
        String route = request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class).orElse(null);
        int status = response.code();
        String method = request.getMethodName();
        // Key-value pairs and a constant message: nothing is formatted on the request thread; the JSON
        // encoder (or %kvp in the text pattern) writes the pairs on the log writer's thread.
        ACCESS.atInfo().setMessage("request")
                .addKeyValue("method", method)
                .addKeyValue("route", route == null ? request.getPath() : route)
                .addKeyValue("status", status)
                .addKeyValue("durationMs", nanos / 1_000_000.0)
                .addKeyValue("requestId", id)
                .addKeyValue("client", clients.resolve(request))
                .log();
        timers.record(method, uriTag(route, status), status, exceptionTag(response), nanos);
    }

    // Micrometer's conventions for the uri tag, as Micronaut's own web metrics apply them.
    private static String uriTag(String route, int status) {
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        return route == null ? UNMATCHED : route;
    }

    private static String exceptionTag(MutableHttpResponse<?> response) {
        if (response.code() < 400) {
            return "none";
        }
        return response.getAttribute(HttpAttributes.EXCEPTION, Throwable.class)
                .map(e -> e.getClass().getSimpleName())
                .orElse("none");
    }
}
