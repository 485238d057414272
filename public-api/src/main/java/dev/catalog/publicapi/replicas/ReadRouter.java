package dev.catalog.publicapi.replicas;

import dev.catalog.publicapi.reads.ChangeFeedState;
import dev.catalog.publicapi.reads.DatabaseFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Statement;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs each public read's SQL on a server that can answer it as fresh as the primary would: a serving
 * standby whose server behind the very connection used has replayed every change the read could show
 * (see {@link ReplayRequirements}, {@link Standby#replayedOn}), in turn, else the primary. While the change feed is not live, changes may be unknown here, so everything reads
 * the primary. A read a standby fails (down, too slow, or cancelled by a conflict with replay) is asked
 * of the primary instead. Without
 * standbys configured, every read goes to the primary, as before.
 */
@Singleton
public class ReadRouter implements MeterBinder {

    private static final String PRIMARY = "primary";

    private final ConnectionFactory primary;
    private final Standbys standbys;
    private final ReplayRequirements requirements;
    private final ChangeFeedState changeFeed;
    private final ReplicaConfiguration configuration;
    private final AtomicInteger turn = new AtomicInteger();
    private volatile Map<String, Counter> queries = Map.of();
    private volatile Counter heldBack;

    ReadRouter(ConnectionFactory primary, Standbys standbys, ReplayRequirements requirements,
               ChangeFeedState changeFeed, ReplicaConfiguration configuration) {
        this.primary = primary;
        this.standbys = standbys;
        this.requirements = requirements;
        this.changeFeed = changeFeed;
        this.configuration = configuration;
    }

    /** A read of one product (or of several: the furthest requirement of them counts). */
    public <T> Flux<T> products(List<Long> ids, String sql, List<?> bindings, Function<Readable, T> rows) {
        return query(() -> {
            long required = 0;
            for (long id : ids) {
                required = Math.max(required, requirements.forProduct(id));
            }
            return required;
        }, false, sql, bindings, rows);
    }

    public <T> Flux<T> productBySku(String sku, String sql, List<?> bindings, Function<Readable, T> rows) {
        return query(() -> requirements.forSku(sku), false, sql, bindings, rows);
    }

    /** A read that may show any product or category: a list page, a category's counts. */
    public <T> Flux<T> anything(String sql, List<?> bindings, Function<Readable, T> rows) {
        return query(requirements::forAnything, true, sql, bindings, rows);
    }

    /**
     * @param requirement what the read needs replayed, asked when the read starts
     * @param anyServing  whether a standby the poll did not see past the requirement is still tried
     */
    private <T> Flux<T> query(LongSupplier requirement, boolean anyServing, String sql, List<?> bindings,
                              Function<Readable, T> rows) {
        if (!standbys.configured() || !changeFeed.isLive()) {
            return onPrimary(sql, bindings, rows);
        }
        long required = requirement.getAsLong();
        Standby standby = choose(required, anyServing);
        if (standby == null) {
            return onPrimary(sql, bindings, rows);
        }
        // A standby that fails mid-answer has sent nothing the client saw: the whole read moves.
        return Flux.usingWhen(standby.connections().create(),
                        connection -> standby.replayedOn(connection, required).flatMap(replayed -> {
                            if (replayed < required) {
                                return Mono.error(new BehindException());
                            }
                            count(standby.name());
                            return execute(connection, sql, bindings, rows).collectList();
                        }),
                        Connection::close)
                .next()
                .timeout(configuration.readTimeout())
                .onErrorResume(failure -> {
                    if (failure instanceof BehindException) {
                        holdBack();
                    } else if (DatabaseFailures.isUnavailable(failure) && !(failure instanceof TimeoutException)) {
                        // down (a slow answer alone is no sign of that: the poll tells an unreachable one)
                        standbys.readFailed(standby, failure);
                    } // else the primary gives the real answer, or the same error if the query is at fault
                    return onPrimary(sql, bindings, rows).collectList();
                })
                .flatMapIterable(Function.identity());
    }

    private <T> Flux<T> onPrimary(String sql, List<?> bindings, Function<Readable, T> rows) {
        count(PRIMARY);
        return run(primary, sql, bindings, rows);
    }

    // Round robin over the serving standbys, preferring one whose poll found it past the requirement.
    // A product edited since the last poll reads the primary at once: the one read that must be fresh
    // now. A list may show any change, so it also tries any serving standby: behind one address (a
    // service over several standbys) the poll saw only one of them, and the connection's check decides.
    private Standby choose(long required, boolean anyServing) {
        List<Standby> all = standbys.all();
        int start = Math.floorMod(turn.getAndIncrement(), all.size());
        Standby serving = null;
        for (int i = 0; i < all.size(); i++) {
            Standby candidate = all.get((start + i) % all.size());
            Standby.State state = candidate.state();
            if (state.serving() && state.replayed() >= required) {
                return candidate;
            }
            if (state.serving() && serving == null) {
                serving = candidate;
            }
        }
        if (serving != null && !anyServing) {
            holdBack();
            return null;
        }
        return serving;
    }

    private void holdBack() {
        Counter counter = heldBack;
        if (counter != null) {
            counter.increment();
        }
    }

    private static <T> Flux<T> run(ConnectionFactory connections, String sql, List<?> bindings,
                                   Function<Readable, T> rows) {
        return Flux.usingWhen(connections.create(), connection -> execute(connection, sql, bindings, rows),
                Connection::close);
    }

    private static <T> Flux<T> execute(Connection connection, String sql, List<?> bindings, Function<Readable, T> rows) {
        return Flux.from(bind(connection.createStatement(sql), bindings).execute())
                .concatMap(result -> result.map(rows::apply));
    }

    // The connection's server has not replayed what the read may show (a service's other standby).
    private static final class BehindException extends RuntimeException {
        BehindException() {
            super("behind", null, false, false);
        }
    }

    private static Statement bind(Statement statement, List<?> bindings) {
        for (int i = 0; i < bindings.size(); i++) {
            statement.bind(i, bindings.get(i));
        }
        return statement;
    }

    private void count(String target) {
        Counter counter = queries.get(target);
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<String, Counter> byTarget = new HashMap<>();
        byTarget.put(PRIMARY, queries(registry, PRIMARY));
        standbys.all().forEach(standby -> byTarget.put(standby.name(), queries(registry, standby.name())));
        queries = Map.copyOf(byTarget);
        heldBack = Counter.builder("catalog.reads.held.back")
                .description("Reads sent to the primary because no serving standby had replayed what they may show")
                .register(registry);
    }

    private static Counter queries(MeterRegistry registry, String target) {
        return Counter.builder("catalog.reads.queries")
                .description("Database reads of the public catalog, by the server that answered them")
                .tag("target", target)
                .register(registry);
    }
}
