package dev.catalog.testing;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.util.UUID;

/**
 * Where the tests' PostgreSQL comes from. With {@code PGHOST} set (plus the usual {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD}) the tests use that server; else, when Docker answers, Testcontainers
 * starts {@code postgres:16-alpine}; else an embedded PostgreSQL starts from a Maven artifact. Whichever
 * it is, each test JVM gets one fresh database on it, dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    /** public-api's login in the tests: a member of catalog_reader, as in compose. */
    private static final String PUBLIC_READER = "catalog_public_test";
    private static final String PUBLIC_READER_PASSWORD = "catalog_public_test";
    // Roles belong to the whole server, so they may exist already from another run (or another JVM).
    private static final String CREATE_PUBLIC_READER = """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'catalog_reader') THEN
                    CREATE ROLE catalog_reader NOLOGIN;
                END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                    CREATE ROLE %1$s LOGIN PASSWORD '%2$s' IN ROLE catalog_reader;
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created by another JVM a moment ago
            END
            $$""".formatted(PUBLIC_READER, PUBLIC_READER_PASSWORD);
    private static PostgresServer server;
    private static Coordinates current;

    private TestDatabase() {
    }

    /** The fresh, empty database of this test run. */
    public static synchronized Coordinates fresh() {
        if (current == null) {
            current = createDatabase(server());
        }
        return current;
    }

    /** Another fresh, empty database on the same server, for a test that needs a catalog of its own. */
    public static synchronized Coordinates another() {
        return createDatabase(server());
    }

    private static PostgresServer server() {
        if (server == null) {
            server = PostgresServer.fromEnvironment()
                    .map(named -> announce(named, "the server PGHOST names"))
                    .orElseGet(TestDatabase::startServer);
            createPublicReader(server);
        }
        return server;
    }

    private static void createPublicReader(PostgresServer server) {
        execute(server.maintenanceUrl(), server, CREATE_PUBLIC_READER);
    }

    /**
     * Creates, on the server of {@code database} (its user a superuser), the roles compose creates
     * (docker/postgres/10-public-reader.sql): catalog_reader, granted what public-api reads by
     * admin-service's migrations, and a login in it ({@link Coordinates#asPublicReader()}). Every server
     * the tests use gets them; a test that starts a server of its own calls this.
     */
    public static void createPublicReader(Coordinates database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE_PUBLIC_READER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the public reader roles: " + e.getMessage(), e);
        }
    }

    private static PostgresServer startServer() {
        if (ContainerPostgres.dockerAnswers()) {
            return announce(startContainer(), "Testcontainers (postgres:16-alpine)");
        }
        return announce(EmbeddedPostgresServer.start(), "an embedded server (PGHOST unset, no Docker)");
    }

    private static PostgresServer announce(PostgresServer server, String source) {
        LOG.info("Tests use PostgreSQL at {}:{}: {}", server.host(), server.port(), source);
        return server;
    }

    /** The database of this run with admin-service's migrations applied, for modules that only read. */
    public static synchronized Coordinates migrated() {
        Coordinates database = fresh();
        migrate(database);
        return database;
    }

    /** Applies admin-service's migrations to {@code database}, configured as admin-service applies them. */
    public static void migrate(Coordinates database) {
        migrate(database, newestMigration());
    }

    /** As {@link #migrate(Coordinates)}, by a build of admin-service whose newest migration is {@code builtForSchema}. */
    public static void migrate(Coordinates database, int builtForSchema) {
        migrate(database, builtForSchema, "latest");
    }

    /** As {@link #migrate(Coordinates, int)}, stopping at migration {@code target} (ADMIN_MIGRATION_TARGET). */
    public static void migrate(Coordinates database, int builtForSchema, String target) {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("filesystem:" + migrationsDirectory())
                // as in admin-service's application.yml: a transactional lock would hang CREATE INDEX CONCURRENTLY
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                // admin-service's defaults for its migration timeouts (ADMIN_MIGRATION_*_TIMEOUT)
                .placeholders(Map.of("migrationlocktimeout", "5s", "migrationstatementtimeout", "15min",
                        // what admin-service's build passes: the newest migration it has
                        "builtforschema", Integer.toString(builtForSchema)))
                .target(target)
                .load()
                .migrate();
    }

    /** The version of the newest versioned migration file ({@code V<n>__...sql}). */
    public static int newestMigration() {
        try (var files = Files.list(migrationsDirectory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** admin-service's own migration files, found from the module the tests run in. */
    public static Path migrationsDirectory() {
        return ProjectFiles.find("admin-service/src/main/resources/db/migration");
    }

    private static PostgresServer startContainer() {
        try {
            return ContainerPostgres.start();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("Docker answered but Testcontainers could not start postgres:16-alpine; "
                    + "set PGHOST (and PGPORT, PGUSER, PGPASSWORD as needed) to a server where the tests may "
                    + "create databases instead. Docker said: " + e.getMessage(), e);
        }
    }

    private static Coordinates createDatabase(PostgresServer server) {
        String name = "catalog_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server.maintenanceUrl(), server, "CREATE DATABASE " + name);
        Coordinates database = new Coordinates(server.host(), server.port(), name, server.user(), server.password());
        LOG.info("Tests use fresh database {} on {}:{}", name, server.host(), server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        return database;
    }

    private static void drop(PostgresServer server, String name) {
        try {
            execute(server.maintenanceUrl(), server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException e) {
            LOG.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    private static void execute(String url, PostgresServer server, String sql) {
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    /** How to reach the test database, in the forms the services' configuration takes. */
    public record Coordinates(String host, int port, String database, String user, String password) {

        /** The same database, logged in as public-api logs in where it is deployed: a member of catalog_reader. */
        public Coordinates asPublicReader() {
            return new Coordinates(host, port, database, PUBLIC_READER, PUBLIC_READER_PASSWORD);
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public String r2dbcUrl() {
            return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** The services' own environment variables, as docker-compose would set them. */
        public Map<String, String> environment() {
            return Map.of("DB_HOST", host, "DB_PORT", String.valueOf(port), "DB_NAME", database,
                    "DB_USER", user, "DB_PASSWORD", password);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        }

        /** Runs one query and answers how many rows it returned. */
        public int count(String sql, Object... parameters) {
            try (Connection connection = connect();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                int rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
            }
        }

        /** The first column of the one row {@code sql} answers, as text. */
        public String text(String sql, Object... parameters) {
            try (Connection connection = connect();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("'" + sql + "' answered no row");
                    }
                    return result.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
            }
        }

        /** Runs one INSERT ... RETURNING id and answers the id. */
        public long insert(String sql, Object... parameters) {
            try (Connection connection = connect();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
            }
        }

        /** Runs one statement, as psql would, and answers how many rows it changed. */
        public int update(String sql, Object... parameters) {
            try (Connection connection = connect();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
            }
        }
    }
}
