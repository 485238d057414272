package dev.catalog.publicapi.reads;

import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds what public reads ask of the database: at most {@code maxQueriesInFlight} queries at once,
 * each answered within {@code queryTimeout}. When the database is down or slow, requests beyond that
 * get a 503 at once instead of piling up behind it.
 */
@Singleton
class DatabaseGate {

    private final ReadConfiguration configuration;
    private final AtomicInteger inFlight = new AtomicInteger();

    DatabaseGate(ReadConfiguration configuration) {
        this.configuration = configuration;
    }

    <T> Mono<T> query(Mono<T> query) {
        return Mono.defer(() -> {
            if (inFlight.incrementAndGet() > configuration.maxQueriesInFlight()) {
                inFlight.decrementAndGet();
                return Mono.error(unavailable("The database is busy; try again shortly.", null));
            }
            return query.timeout(configuration.queryTimeout())
                    .onErrorMap(DatabaseFailures::isUnavailable,
                            e -> unavailable("The database is not answering; try again shortly.", e))
                    .doFinally(signal -> inFlight.decrementAndGet());
        });
    }

    private DatabaseUnavailableException unavailable(String detail, Throwable cause) {
        return new DatabaseUnavailableException(detail, configuration.retryAfter(), cause);
    }
}
