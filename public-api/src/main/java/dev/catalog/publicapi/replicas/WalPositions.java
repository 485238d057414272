package dev.catalog.publicapi.replicas;

import io.r2dbc.spi.Connection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The PostgreSQL queries for WAL positions, as byte offsets (an LSN minus '0/0'), comparable as longs. */
public final class WalPositions {

    /**
     * On the primary: past every commit so far, including a commit record still being flushed. Where
     * the last record ended on a page boundary, the insert position lies past the next page's header,
     * which no standby reports having replayed until more WAL is written; the boundary is taken instead.
     */
    static final String PRIMARY = """
            SELECT CASE WHEN lsn % segment = 40 THEN lsn - 40 WHEN lsn % page = 24 THEN lsn - 24 ELSE lsn END AS position
            FROM (SELECT (pg_current_wal_insert_lsn() - '0/0')::bigint AS lsn,
                         current_setting('wal_block_size')::bigint AS page,
                         pg_size_bytes(current_setting('wal_segment_size')) AS segment) AS now""";

    /** On a standby: how far it has replayed, and whether it is a standby at all. */
    static final String STANDBY = "SELECT pg_is_in_recovery() AS standby, "
            + "coalesce((pg_last_wal_replay_lsn() - '0/0')::bigint, 0) AS position";

    /** On a standby: how far it has replayed (0 on a server never in recovery: it never counts as caught up). */
    static final String REPLAYED = "SELECT coalesce((pg_last_wal_replay_lsn() - '0/0')::bigint, 0) AS position";

    private WalPositions() {
    }

    /** The primary's position now, on {@code connection} (the change listener's own). */
    public static Mono<Long> ofPrimary(Connection connection) {
        return position(connection, PRIMARY);
    }

    /** How far the standby behind {@code connection} has replayed. */
    static Mono<Long> replayedOn(Connection connection) {
        return position(connection, REPLAYED);
    }

    private static Mono<Long> position(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute())
                .concatMap(result -> result.map(row -> row.get("position", Long.class)))
                .last();
    }
}
