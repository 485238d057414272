package dev.catalog.publicapi.reads;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

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

    /** The representation of what {@code query} finds (absent when it finds nothing). */
    public Mono<Served> read(CatalogCache.Region region, Object key, Supplier<Mono<?>> query) {
        Mono<Representation> fresh = database.query(Mono.defer(query))
                .map(representations::of)
                .defaultIfEmpty(representations.absent());
        if (!enabled) {
            return fresh.map(Served::fresh);
        }
        if (changeFeed.isLive()) {
            return Mono.fromFuture(() -> cache.region(region).get(key, (k, executor) -> fresh.toFuture()), true)
                    .map(Served::fresh)
                    .onErrorResume(DatabaseFailures::isUnavailable, e -> staleOrError(region, key, e));
        }
        return fresh.map(Served::fresh)
                .onErrorResume(DatabaseFailures::isUnavailable, e -> staleOrError(region, key, e));
    }

    private Mono<Served> staleOrError(CatalogCache.Region region, Object key, Throwable failure) {
        @Nullable Representation cached = cache.peek(region, key);
        return cached == null ? Mono.error(failure) : Mono.just(Served.stale(cached));
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
