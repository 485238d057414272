package dev.catalog.publicapi.replicas;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.r2dbc.BasicR2dbcProperties;
import io.micronaut.runtime.event.annotation.EventListener;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The configured standbys, each with a pool like the primary's, polled every {@code pollInterval} for how
 * far it has replayed. The primary's position is polled alongside, so a standby's lag is measured in time
 * against the primary's own progress (no clocks compared): it is how long ago the primary first stood
 * past what the standby has replayed. A standby that does not answer, is not in recovery, or lags more
 * than {@code maxLag} gets no reads until a poll finds it well again; each change is logged.
 */
@Singleton
class Standbys implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(Standbys.class);
    // Lag is measured against this much of the primary's history; beyond it, it reads as this long.
    private static final Duration HISTORY = Duration.ofSeconds(30);

    private final List<Standby> all;
    private final ConnectionFactory primary;
    private final ReplicaConfiguration configuration;
    private final Deque<long[]> primaryHistory = new ArrayDeque<>();
    private volatile Disposable polling;

    Standbys(ReplicaConfiguration configuration, ConnectionFactory primary,
             @Named("default") BasicR2dbcProperties primarySettings) {
        this.configuration = configuration;
        this.primary = primary;
        ConnectionFactoryOptions primaryOptions = primarySettings.builder().build();
        this.all = configuration.standbys().stream()
                .map(address -> new Standby(address, ConnectionFactories.get(primaryOptions.mutate()
                        .option(ConnectionFactoryOptions.HOST, address.host())
                        .option(ConnectionFactoryOptions.PORT, address.port())
                        .build())))
                .toList();
    }

    List<Standby> all() {
        return all;
    }

    boolean configured() {
        return !all.isEmpty();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (configured()) {
            LOG.info("Public reads may use {} standby(s): {}; the change listener and schema check stay on the primary",
                    all.size(), all.stream().map(Standby::name).toList());
            polling = Flux.interval(Duration.ZERO, configuration.pollInterval(), Schedulers.boundedElastic())
                    .onBackpressureDrop()
                    .concatMap(tick -> pollAll(), 1)
                    .subscribe();
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.dispose();
        }
        all.forEach(standby -> {
            if (standby.connections() instanceof Disposable pool) {
                pool.dispose();
            }
        });
    }

    /** A read on {@code standby} failed as if it were down: no more reads until a poll finds it back. */
    void readFailed(Standby standby, Throwable failure) {
        Standby.State previous = standby.update(standby.state().unreachable(String.valueOf(failure.getMessage())));
        if (previous.serving()) {
            Schedulers.boundedElastic().schedule(() -> LOG.warn(
                    "Standby {} failed a read ({}); its reads go to the primary until it answers again",
                    standby.name(), failure.getMessage()));
        }
    }

    private Mono<Void> pollAll() {
        long asked = System.nanoTime();
        return primaryPosition()
                .timeout(configuration.pollTimeout())
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(position -> remember(asked, position))
                .onErrorResume(primaryDown -> Mono.empty()) // lag is then measured against what is known
                .thenMany(Flux.fromIterable(all).flatMap(this::poll))
                .then()
                // whatever goes wrong in one round, the next still polls
                .onErrorResume(unexpected -> Mono.<Void>fromRunnable(() -> LOG.error("Polling the standbys failed", unexpected))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<Void> poll(Standby standby) {
        return Flux.usingWhen(standby.connections().create(),
                        connection -> Flux.from(connection.createStatement(WalPositions.STANDBY).execute())
                                .concatMap(result -> result.map(row -> new long[] {
                                        Boolean.TRUE.equals(row.get("standby", Boolean.class)) ? 1 : 0,
                                        row.get("position", Long.class)})),
                        io.r2dbc.spi.Connection::close)
                .last()
                .timeout(configuration.pollTimeout())
                .publishOn(Schedulers.boundedElastic())
                .map(answer -> judge(standby, answer[0] == 1, answer[1]))
                .onErrorResume(e -> Mono.just(standby.state().unreachable(describe(e))))
                .doOnNext(next -> changed(standby, standby.update(next), next))
                .then();
    }

    private Standby.State judge(Standby standby, boolean inRecovery, long replayed) {
        if (!inRecovery) {
            return new Standby.State(false, replayed, -1,
                    "not a standby (pg_is_in_recovery() is false): promoted, or not a replica");
        }
        long lagMillis = lagMillis(replayed);
        long maxMillis = configuration.maxLag().toMillis();
        if (lagMillis > maxMillis) {
            return new Standby.State(false, replayed, lagMillis,
                    "replay lag " + lagMillis + " ms exceeds PUBLIC_MAX_REPLICA_LAG (" + maxMillis + " ms)");
        }
        return new Standby.State(true, replayed, lagMillis, "serving");
    }

    private void changed(Standby standby, Standby.State previous, Standby.State next) {
        if (next.serving() && !previous.serving()) {
            LOG.info("Standby {} takes reads (replay lag {} ms)", standby.name(), next.lagMillis());
        } else if (!next.serving() && (previous.serving() || previous == Standby.NOT_POLLED)) {
            LOG.warn("Standby {} gets no reads: {}; they go to the primary until it recovers", standby.name(), next.reason());
        }
    }

    private synchronized void remember(long nanos, long position) {
        primaryHistory.addLast(new long[] {nanos, position});
        while (primaryHistory.size() > 1 && nanos - primaryHistory.peekFirst()[0] > HISTORY.toNanos()) {
            primaryHistory.removeFirst();
        }
    }

    private synchronized long lagMillis(long replayed) {
        for (long[] sample : primaryHistory) {
            if (sample[1] > replayed) {
                return Math.max(0, (System.nanoTime() - sample[0]) / 1_000_000);
            }
        }
        return 0;
    }

    private Mono<Long> primaryPosition() {
        return Flux.usingWhen(primary.create(), WalPositions::ofPrimary, io.r2dbc.spi.Connection::close).last();
    }

    private static String describe(Throwable failure) {
        return failure instanceof java.util.concurrent.TimeoutException ? "no answer to its poll in time"
                : String.valueOf(failure.getMessage());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Standby standby : all) {
            Gauge.builder("catalog.replica.lag", standby, s -> Math.max(0, s.state().lagMillis()) / 1000.0)
                    .description("How far this standby's replay is behind the primary (while it answers polls)")
                    .baseUnit("seconds")
                    .tag("standby", standby.name())
                    .register(registry);
            Gauge.builder("catalog.replica.serving", standby, s -> s.state().serving() ? 1 : 0)
                    .description("1 while this standby takes public reads, 0 while they go to the primary")
                    .tag("standby", standby.name())
                    .register(registry);
        }
    }
}
