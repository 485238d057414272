package dev.catalog.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL of a local run: the server DB_HOST names (DB_PORT, DB_USER, DB_PASSWORD, DB_NAME as the
 * services read them), else an embedded one whose data stays in a folder of the project, so staff edits
 * survive a restart. Either way the catalog database is created when it is missing.
 */
final class LocalDatabase implements AutoCloseable {

    private static final int EMBEDDED_PORT = 15432;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String name;
    private final String description;
    private final EmbeddedPostgres embedded;

    private LocalDatabase(String host, int port, String user, String password, String name, String description,
                          EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.name = name;
        this.description = description;
        this.embedded = embedded;
    }

    static LocalDatabase open(Map<String, String> environment, Path dataDirectory) {
        String name = environment.getOrDefault("DB_NAME", "catalog");
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("DB_NAME must be a plain PostgreSQL name (a-z, 0-9, _): " + name);
        }
        String host = environment.get("DB_HOST");
        LocalDatabase database = host != null && !host.isBlank()
                ? new LocalDatabase(host, Integer.parseInt(environment.getOrDefault("DB_PORT", "5432")),
                        environment.getOrDefault("DB_USER", "postgres"), environment.getOrDefault("DB_PASSWORD", ""),
                        name, "the server DB_HOST names, " + host + ", database " + name, null)
                : embedded(dataDirectory, name);
        database.createIfMissing();
        return database;
    }

    private static LocalDatabase embedded(Path dataDirectory, String name) {
        if (isRoot()) {
            throw new IllegalStateException("The embedded PostgreSQL cannot start as root (PostgreSQL refuses to "
                    + "run as root): set DB_HOST (and DB_PORT, DB_USER, DB_PASSWORD) to a PostgreSQL server, or "
                    + "run ./run-local as an ordinary user.");
        }
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(EMBEDDED_PORT)
                    .start();
            return new LocalDatabase("127.0.0.1", EMBEDDED_PORT, "postgres", "", name,
                    "embedded, port " + EMBEDDED_PORT + ", data in " + Path.of("").toAbsolutePath().relativize(dataDirectory)
                            + "/ (kept between runs; delete it to start over)", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError e) {
            return false;
        }
    }

    private void createIfMissing() {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE \"" + name + "\""); // name checked in open()
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach PostgreSQL at " + host + ":" + port + " as " + user
                    + ": " + e.getMessage(), e);
        }
    }

    /** The services' own variables for this database, as docker-compose would set them. */
    Map<String, String> environment() {
        return Map.of("DB_HOST", host, "DB_PORT", String.valueOf(port), "DB_USER", user, "DB_PASSWORD", password,
                "DB_NAME", name);
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
