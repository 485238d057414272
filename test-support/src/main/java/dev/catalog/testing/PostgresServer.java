package dev.catalog.testing;

import java.util.Optional;

/** A PostgreSQL server on which the tests may create and drop databases. */
record PostgresServer(String host, int port, String user, String password) {

    static Optional<PostgresServer> fromEnvironment() {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        // A socket directory in PGHOST is libpq's habit; JDBC speaks TCP, so use the loopback address.
        String tcpHost = host.startsWith("/") ? "127.0.0.1" : host;
        return Optional.of(new PostgresServer(tcpHost,
                Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"),
                env("PGPASSWORD", "")));
    }

    String maintenanceUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
