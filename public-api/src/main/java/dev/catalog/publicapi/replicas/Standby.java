package dev.catalog.publicapi.replicas;

import io.r2dbc.spi.ConnectionFactory;

/**
 * One hot standby: its own connection pool, and what its last poll found. Reads go to it only while it
 * {@link State#serving() serves}, and only those whose changes it has {@link State#replayed() replayed}.
 */
final class Standby {

    private final ReplicaConfiguration.Address address;
    private final ConnectionFactory connections;
    static final State NOT_POLLED = new State(false, 0, -1, "not polled yet");

    private volatile State state = NOT_POLLED;

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
