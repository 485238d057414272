package dev.catalog.system;

import dev.catalog.testing.TestDatabase;
import dev.catalog.testing.TestRedis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** admin-service and public-api as two processes on one fresh database, configured as in docker-compose. */
final class ThePair implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "system-test-Passw0rd-77";
    static final int DEMO_PRODUCTS = 20_000;

    final TestDatabase.Coordinates database;
    final ServiceProcess admin;
    ServiceProcess publicApi;
    private final int publicPort = ServiceProcess.freePort();
    private final Map<String, String> settings;

    ThePair() {
        this(TestDatabase.another());
    }

    ThePair(TestDatabase.Coordinates database) {
        this(database, Map.of());
    }

    /** @param settings environment both services get on top of the compose-like defaults */
    ThePair(TestDatabase.Coordinates database, Map<String, String> settings) {
        this.database = database;
        this.settings = settings;
        int adminPort = ServiceProcess.freePort();
        Map<String, String> env = databaseEnvironment(database);
        env.put("ADMIN_PORT", Integer.toString(adminPort));
        env.put("ADMIN_USERNAME", ADMIN);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("CATALOG_DEMO_PRODUCTS", Integer.toString(DEMO_PRODUCTS));
        env.putAll(passwordOnlyAdministrator());
        env.putAll(sessionStore());
        admin = new ServiceProcess("admin-service", Path.of(System.getProperty("adminJar")), env, adminPort).start();
        publicApi = newPublicApi().start();
    }

    /** A new public-api process on the same port (for restarts). */
    ServiceProcess newPublicApi() {
        // As in compose: public-api logs in as a member of catalog_reader, which may only read the catalog.
        Map<String, String> env = databaseEnvironment(database.asPublicReader());
        env.put("PUBLIC_PORT", Integer.toString(publicPort));
        env.put("PUBLIC_RATE_LIMIT_ENABLED", "false");
        return new ServiceProcess("public-api", Path.of(System.getProperty("publicJar")), env, publicPort);
    }

    /** One more public-api on this database, on a port of its own, without this pair's extra settings. */
    ServiceProcess separatePublicApi() {
        int port = ServiceProcess.freePort();
        Map<String, String> env = environmentOn(database.asPublicReader());
        env.put("PUBLIC_PORT", Integer.toString(port));
        env.put("PUBLIC_RATE_LIMIT_ENABLED", "false");
        return new ServiceProcess("public-api-" + port, Path.of(System.getProperty("publicJar")), env, port);
    }

    /**
     * The administrator of these tests signs in, in the UI and with HTTP Basic, with a password only;
     * as shipped an ADMIN must enrol a second factor first, which admin-service's own tests cover.
     */
    static Map<String, String> passwordOnlyAdministrator() {
        return Map.of("ADMIN_SECOND_FACTOR_REQUIRED_FOR", "NONE");
    }

    /** Where admin-service keeps staff sessions: this run's Redis, under this run's namespace. */
    static Map<String, String> sessionStore() {
        return Map.of("REDIS_URI", TestRedis.uri(), "ADMIN_REDIS_NAMESPACE", TestRedis.namespace());
    }

    private Map<String, String> databaseEnvironment(TestDatabase.Coordinates login) {
        Map<String, String> env = environmentOn(login);
        env.putAll(settings);
        return env;
    }

    /** What both services get in docker-compose, pointed at {@code database}. */
    static Map<String, String> environmentOn(TestDatabase.Coordinates database) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_HOST", database.host());
        env.put("DB_PORT", Integer.toString(database.port()));
        env.put("DB_NAME", database.database());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password() == null ? "" : database.password());
        env.put("LOG_FORMAT", "text");
        // Nothing routes traffic by readiness here: keep SIGTERM quick unless a test says otherwise.
        env.put("SHUTDOWN_READINESS_DELAY", "PT0.5S");
        return env;
    }

    @Override
    public void close() {
        publicApi.close();
        admin.close();
    }
}
