package dev.catalog.publicapi.changes;

import dev.catalog.model.changes.CatalogChange;
import dev.catalog.publicapi.reads.CatalogCache;
import dev.catalog.publicapi.reads.ChangeFeedState;
import dev.catalog.publicapi.replicas.ReplayRequirements;
import dev.catalog.publicapi.replicas.WalPositions;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds one dedicated connection (outside the pool) that LISTENs on {@code catalog_changes} and evicts
 * exactly what each notification names. Notifications sent while it is disconnected are lost, so it
 * reports itself not live until it has listened again, and then empties the whole cache.
 */
@Singleton
class CatalogChangeListener implements ChangeFeedState {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogChangeListener.class);
    private static final long NO_POSITION = 0;

    private final ConnectionFactory connections;
    private final CatalogCache cache;
    private final JsonMapper json;
    private final ChangeListenerConfiguration configuration;
    private final ChangeLag lag;
    private final ReplayRequirements requirements;
    private final AtomicBoolean live = new AtomicBoolean();
    private volatile Disposable subscription;

    CatalogChangeListener(ConnectionFactory pool, CatalogCache cache, JsonMapper json,
                          ChangeListenerConfiguration configuration, ChangeLag lag,
                          ReplayRequirements requirements) {
        this.connections = unpooled(pool);
        this.cache = cache;
        this.json = json;
        this.configuration = configuration;
        this.lag = lag;
        this.requirements = requirements;
    }

    @Override
    public boolean isLive() {
        return live.get();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        subscription = listenForever().subscribe();
    }

    @PreDestroy
    void stop() {
        if (subscription != null) {
            subscription.dispose();
        }
    }

    private Flux<Notification> listenForever() {
        return Flux.usingWhen(connections.create(), this::listen, PostgresqlConnectionCloser::close)
                .doOnError(this::lost)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, configuration.firstReconnectDelay())
                        .maxBackoff(configuration.maxReconnectDelay())
                        .transientErrors(true));
    }

    private Flux<Notification> listen(io.r2dbc.spi.Connection connection) {
        PostgresqlConnection postgres = (PostgresqlConnection) connection;
        Queue<Notification> arrived = new ConcurrentLinkedQueue<>();
        // Subscribed before LISTEN: the driver hands a notification only to a subscriber already there.
        // They wait in `arrived` until the cache has been emptied and the feed is live.
        Flux<Boolean> notified = postgres.getNotifications().doOnNext(arrived::add).map(notification -> true);
        Mono<Boolean> listened = postgres.createStatement("LISTEN " + CatalogChange.CHANNEL)
                .execute()
                .flatMap(PostgresqlResult::getRowsUpdated)
                .then(positionNow(postgres))
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(this::listening)
                .thenReturn(true);
        return Flux.merge(evictions(postgres, Flux.merge(notified, listened), arrived), keepAlive(postgres))
                .concatWith(Mono.error(() -> new IOException("the listening connection closed")));
    }

    // Evicting takes the cache's internal lock, which may park a thread: never an event loop's.
    // With standbys, a change's WAL position is read first (once for all notifications that arrived
    // meanwhile), and recorded before the eviction, so no refill can come from a standby behind it.
    private Flux<Notification> evictions(PostgresqlConnection connection, Flux<Boolean> ticks, Queue<Notification> arrived) {
        return ticks.onBackpressureLatest()
                .concatMap(any -> {
                    List<Notification> batch = live.get() ? drain(arrived) : List.of();
                    return batch.isEmpty() ? Mono.<Changes>empty() : positionNow(connection).map(lsn -> new Changes(batch, lsn));
                }, 1)
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(changes -> changes.notifications().forEach(n -> apply(n, changes.position())))
                .thenMany(Flux.empty());
    }

    private Mono<Long> positionNow(PostgresqlConnection connection) {
        return requirements.needed() ? WalPositions.ofPrimary(connection) : Mono.just(NO_POSITION);
    }

    private static List<Notification> drain(Queue<Notification> arrived) {
        List<Notification> batch = new ArrayList<>();
        Notification next;
        while ((next = arrived.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    // Everything cached so far may have missed changes made while nobody listened.
    private void listening(long position) {
        requirements.everythingChanged(position);
        cache.evictAll();
        live.set(true);
        LOG.info("Listening for catalog changes; cache emptied");
    }

    private void lost(Throwable error) {
        if (live.getAndSet(false)) {
            LOG.warn("Lost the catalog change listener ({}); reads bypass the cache until it is back",
                    error.getMessage());
        }
    }

    // Repeating LISTEN is a no-op for PostgreSQL: it proves the connection alive, and keeps it
    // recognizable in pg_stat_activity as the listener.
    private Flux<Notification> keepAlive(PostgresqlConnection connection) {
        Duration interval = configuration.keepAliveInterval();
        return Flux.interval(interval)
                .concatMap(tick -> connection.createStatement("LISTEN " + CatalogChange.CHANNEL).execute()
                        .flatMap(PostgresqlResult::getRowsUpdated)
                        .then()
                        .timeout(interval))
                .thenMany(Flux.empty());
    }

    private void apply(Notification notification, long position) {
        try {
            CatalogChange change = json.readValue(notification.getParameter(), CatalogChange.class);
            if (change.isProduct() && !change.all() && change.id() != null) {
                requirements.productChanged(change.id(), change.key(), position);
                cache.evictProduct(change.id(), change.key());
            } else {
                requirements.everythingChanged(position);
                cache.evictAll();
            }
            lag.applied(change);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable change notification '{}'; emptying the cache to be safe", notification.getParameter());
            requirements.everythingChanged(position);
            cache.evictAll();
        }
    }

    private record Changes(List<Notification> notifications, long position) {
    }

    // LISTEN must stay on one connection for as long as we listen, so it cannot come from the pool.
    @SuppressWarnings("unchecked")
    private static ConnectionFactory unpooled(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }
}
