package dev.catalog.publicapi.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.catalog.support.problem.Problem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per client address (Bucket4j; lock-free, safe on the event loop). A client over its
 * limit gets 429 with Retry-After; buckets of clients gone quiet are dropped after ten minutes.
 */
@ServerFilter("/api/**")
class RateLimitFilter {

    private final RateLimitConfiguration configuration;
    private final HttpClientAddressResolver addresses;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RateLimitFilter(RateLimitConfiguration configuration, HttpClientAddressResolver addresses) {
        this.configuration = configuration;
        this.addresses = addresses;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (!configuration.enabled()) {
            return null;
        }
        String client = String.valueOf(addresses.resolve(request));
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? null : tooManyRequests(request, probe);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(configuration.burst())
                        .refillGreedy(configuration.perSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }

    private static HttpResponse<Problem> tooManyRequests(HttpRequest<?> request, ConsumptionProbe probe) {
        long waitSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        Problem problem = Problem.of(429, "rate-limited", "Too many requests",
                "This client sent more requests than allowed; retry after " + waitSeconds + " s.",
                request.getPath(), List.of());
        return problem.toResponse().header("Retry-After", String.valueOf(waitSeconds));
    }
}
