package dev.catalog.publicapi.reads;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The read path of every public endpoint. While the change feed is live, repeated reads come from the
 * cache (concurrent misses share one query). While it is not, the cache may be missing changes, so
 * reads go to the database, and the cache only stands in when the database cannot answer
 * (stale-if-error). With the cache disabled, every read goes to the database.
 */
@Singleton
public class CachedReads {

    private final CatalogCache cache;
    private final ChangeFeedState changeFeed;
    private final DatabaseGate database;
    private final Representations representations;
    private final boolean enabled;

    CachedReads(CatalogCache cache, ChangeFeedState changeFeed, DatabaseGate database,
                Representations representations, ReadConfiguration configuration) {
        this.cache = cache;
        this.changeFeed = changeFeed;
        this.database = database;
        this.representations = representations;
        this.enabled = configuration.cacheEnabled();
    }

    /**
     * The representation of what {@code query} finds (absent when it finds nothing). A cache hit is
     * answered with an already completed future, which Micronaut finishes on the spot; a reactive type
     * would cost every hit a subscription.
     */
    public CompletableFuture<Served> read(CatalogCache.Region region, Object key, Supplier<Mono<?>> query) {
        CompletableFuture<Representation> representation = enabled && changeFeed.isLive()
                ? cache.get(region, key, () -> fresh(query).toFuture())
                : fresh(query).toFuture();
        return representation.thenApply(Served::fresh).exceptionallyCompose(e -> staleOrError(region, key, unwrap(e)));
    }

    // Built only on a miss: a hit needs no query pipeline.
    private Mono<Representation> fresh(Supplier<Mono<?>> query) {
        return database.query(Mono.defer(query))
                .map(representations::of)
                .defaultIfEmpty(representations.absent());
    }

    private CompletableFuture<Served> staleOrError(CatalogCache.Region region, Object key, Throwable failure) {
        @Nullable Representation cached = DatabaseFailures.isUnavailable(failure) ? cache.peek(region, key) : null;
        return cached == null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(Served.stale(cached));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** A representation and whether it is a possibly outdated stand-in for a fresh one. */
    public record Served(Representation representation, boolean stale) {

        static Served fresh(Representation representation) {
            return new Served(representation, false);
        }

        static Served stale(Representation representation) {
            return new Served(representation, true);
        }
    }
}
