package dev.catalog.publicapi.replicas;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One hot standby address: its own connection pool, and what its last poll found. Reads go to it only
 * while it {@link State#serving() serves}, and only those whose changes it has {@link State#replayed()
 * replayed}. The address may be a service in front of several standbys (CloudNativePG's {@code -ro}),
 * each at its own position, so the poll only pre-selects: before a read runs on a connection, that
 * connection's own server must be known to have replayed far enough ({@link #replayedOn}).
 */
final class Standby {

    private final ReplicaConfiguration.Address address;
    private final ConnectionFactory connections;
    static final State NOT_POLLED = new State(false, 0, -1, "not polled yet");

    private volatile State state = NOT_POLLED;
    // What each pooled connection's server was last seen to have replayed (replay only moves forward).
    // Lock-free, for event loops; connections the pool has closed are dropped by clearing it now and then.
    private static final int MAX_REMEMBERED_CONNECTIONS = 64;
    private final Map<Object, Long> replayedByConnection = new ConcurrentHashMap<>();

    Standby(ReplicaConfiguration.Address address, ConnectionFactory connections) {
        this.address = address;
        this.connections = connections;
    }

    String name() {
        return address.toString();
    }

    ConnectionFactory connections() {
        return connections;
    }

    /**
     * How far the server behind {@code connection} is known to have replayed, at least {@code required}
     * if it has: from an earlier answer on the same connection, else asked (one more round trip, remembered).
     */
    Mono<Long> replayedOn(Connection connection, long required) {
        Object server = connection instanceof Wrapped<?> pooled ? pooled.unwrap() : connection;
        Long known = replayedByConnection.get(server);
        if (known != null && known >= required) {
            return Mono.just(known);
        }
        return WalPositions.replayedOn(connection).doOnNext(position -> remember(server, position));
    }

    private void remember(Object server, long position) {
        if (replayedByConnection.size() >= MAX_REMEMBERED_CONNECTIONS) {
            replayedByConnection.clear();
        }
        replayedByConnection.merge(server, position, Math::max);
    }

    State state() {
        return state;
    }

    /** @return the state it had before */
    State update(State next) {
        State previous = state;
        state = next;
        return previous;
    }

    /**
     * What the standby's last poll (or a failed read) found.
     *
     * @param serving  whether it takes reads now
     * @param replayed the WAL position it has replayed up to (never lowered by a failed poll)
     * @param lagMillis how far its replay is behind the primary, -1 while unknown
     * @param reason   why it does not serve, or "serving"
     */
    record State(boolean serving, long replayed, long lagMillis, String reason) {

        State unreachable(String why) {
            return new State(false, replayed, lagMillis, "unreachable: " + why);
        }
    }
}
