package dev.catalog.publicapi.reads;

import dev.catalog.support.problem.ProblemException;
import dev.catalog.support.problem.ProblemResponses;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Turns a served representation into the HTTP answer: 200 with the JSON, or 304 when the client already
 * has it (If-None-Match), always with the ETag and Cache-Control; a stale stand-in also says its Age.
 */
@Singleton
public class RepresentationResponses {

    private final String cacheControl;
    private final ProblemResponses problems;
    private final Clock clock = Clock.systemUTC();

    RepresentationResponses(ReadConfiguration configuration, ProblemResponses problems) {
        this.cacheControl = configuration.cacheControl();
        this.problems = problems;
    }

    /** The answer for what {@code served} holds, or the {@code notFound} problem when it holds nothing. */
    public CompletableFuture<HttpResponse<?>> respond(HttpRequest<?> request, CompletableFuture<CachedReads.Served> served,
                                                      Supplier<? extends ProblemException> notFound) {
        // The problem is answered, not thrown: cheaper on a path as hot as a 404 of a read.
        return served.thenApply(found -> found.representation().found()
                ? respond(request, found)
                : problems.answer(request, notFound.get()));
    }

    /** The answer for something that always exists, such as a list page. */
    public CompletableFuture<HttpResponse<?>> respond(HttpRequest<?> request, CompletableFuture<CachedReads.Served> served) {
        return served.thenApply(found -> respond(request, found));
    }

    /** The answer for a found representation. */
    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request, CachedReads.Served served) {
        Representation representation = served.representation();
        MutableHttpResponse<byte[]> response = matches(request, representation.etag())
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(representation.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        response.header(HttpHeaders.ETAG, representation.etag());
        response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (request.getMethod() == HttpMethod.HEAD && response.code() == HttpStatus.OK.getCode()) {
            // Micronaut drops a HEAD answer's body before encoding it, and its length with it: say what GET's is.
            response.header(HttpHeaders.CONTENT_LENGTH, Integer.toString(representation.body().length));
        }
        if (served.stale()) {
            long age = Duration.between(representation.producedAt(), clock.instant()).toSeconds();
            response.header("Age", String.valueOf(Math.max(0, age)));
            response.header(HttpHeaders.WARNING, "110 - \"Response is Stale\"");
        }
        return response;
    }

    private static boolean matches(HttpRequest<?> request, String etag) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
