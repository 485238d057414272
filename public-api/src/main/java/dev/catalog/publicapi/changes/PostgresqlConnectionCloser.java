package dev.catalog.publicapi.changes;

import io.r2dbc.spi.Connection;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Closing a listening connection that may already be dead must not fail the reconnect. */
final class PostgresqlConnectionCloser {

    private PostgresqlConnectionCloser() {
    }

    static Publisher<Void> close(Connection connection) {
        return Mono.from(connection.close()).onErrorResume(e -> Mono.empty());
    }
}
