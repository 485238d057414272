package dev.catalog.support.requestid;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a sane one, else a new one. It
 * is returned on every answer, errors included, and written in the one access-log line per request
 * (method, route, status, duration), so a client's report can be matched to the server's log.
 * Outermost filter: answers the security filter cuts short get the id and the log line too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    static final String ID_ATTRIBUTE = "catalog.requestId";
    static final String STARTED_ATTRIBUTE = "catalog.requestStarted";
    // Short and plain: an id ends up in logs and headers, so no spaces, quotes or line breaks.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("access");

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

    // Unique, not secret: ThreadLocalRandom, because UUID.randomUUID() reads /dev/urandom, a blocking
    // file read that must not happen on an event loop.
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @ResponseFilter
    public void returnIdAndLog(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = request.getAttribute(ID_ATTRIBUTE, String.class).orElse("-");
        response.header(HEADER, id);
        long started = request.getAttribute(STARTED_ATTRIBUTE, Long.class).orElse(System.nanoTime());
        String route = request.getAttribute(HttpAttributes.URI_TEMPLATE, String.class).orElse(request.getPath());
        ACCESS.info("{} {} {} {} {}", kv("method", request.getMethodName()), kv("route", route),
                kv("status", response.code()), kv("durationMs", (System.nanoTime() - started) / 1_000_000.0),
                kv("requestId", id));
    }
}
