package dev.catalog.publicapi.reads;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * How public reads use the cache and the database.
 *
 * @param cacheEnabled     PUBLIC_CACHE_ENABLED: serve repeated reads from memory (off for benchmarks, debugging)
 * @param cacheMaxBytes    the cache's bound, in bytes of serialized JSON, over all regions
 * @param queryTimeout     the longest a request waits for the database before it gets a 503
 * @param maxQueriesInFlight database reads allowed at once; beyond that a request gets 503 at once
 *                         instead of queueing behind a database that cannot keep up
 * @param retryAfter       what a 503 tells clients to wait
 * @param cacheControl     the Cache-Control header of successful reads
 * @param lookupQueries    queries by id that may run at once; while all are running, further lookups
 *                         wait for the next free one and share it (see ProductsById)
 */
@ConfigurationProperties("catalog.reads")
public record ReadConfiguration(
        boolean cacheEnabled,
        @Min(1_000_000) long cacheMaxBytes,
        @NotNull Duration queryTimeout,
        @Min(1) int maxQueriesInFlight,
        @NotNull Duration retryAfter,
        @NotBlank String cacheControl,
        @Bindable(defaultValue = "4") @Min(1) int lookupQueries) {
}
