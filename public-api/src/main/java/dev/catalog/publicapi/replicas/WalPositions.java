package dev.catalog.publicapi.replicas;

import io.r2dbc.spi.Connection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The PostgreSQL queries for WAL positions, as byte offsets (an LSN minus '0/0'), comparable as longs. */
public final class WalPositions {

    /** On the primary: past every commit so far, including the commit record still being flushed. */
    static final String PRIMARY = "SELECT (pg_current_wal_insert_lsn() - '0/0')::bigint AS position";

    /** On a standby: how far it has replayed, and whether it is a standby at all. */
    static final String STANDBY = "SELECT pg_is_in_recovery() AS standby, "
            + "coalesce((pg_last_wal_replay_lsn() - '0/0')::bigint, 0) AS position";

    /** On a standby: how far it has replayed (0 on a server not in recovery: it never counts as caught up). */
    static final String REPLAYED = "SELECT coalesce((pg_last_wal_replay_lsn() - '0/0')::bigint, 0) AS position";

    private WalPositions() {
    }

    /** The primary's position now, on {@code connection} (the change listener's own). */
    public static Mono<Long> ofPrimary(Connection connection) {
        return Flux.from(connection.createStatement(PRIMARY).execute())
                .concatMap(result -> result.map(row -> row.get("position", Long.class)))
                .last();
    }
}
