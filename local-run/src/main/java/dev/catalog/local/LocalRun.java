package dev.catalog.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./run-local}: PostgreSQL (the one DB_HOST names, else an embedded one whose data stays in
 * {@code .local/postgres}), admin-service with the demo catalog, and public-api, until Ctrl+C.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> environment = System.getenv();
        Path project = Path.of("").toAbsolutePath();
        Path local = Files.createDirectories(project.resolve(".local"));
        LocalSettings settings = LocalSettings.from(environment);

        LocalDatabase database = LocalDatabase.open(environment, local.resolve("postgres"));
        SessionStore sessions = SessionStore.find(environment);
        Path logs = Files.createDirectories(local.resolve("logs"));
        Services services = new Services(project, logs);
        // One hook, in order (the JVM runs separate hooks in any order): the services, then their database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.stopAll();
            database.close();
        }));

        Map<String, String> common = database.environment();
        services.start("admin-service", settings.adminPort(), merge(common, sessions.environment(), Map.of(
                "ADMIN_PORT", String.valueOf(settings.adminPort()),
                "ADMIN_USERNAME", settings.adminUsername(),
                "ADMIN_PASSWORD", settings.adminPassword(),
                "CATALOG_DEMO_PRODUCTS", settings.demoProducts(),
                "LOG_FORMAT", "text")));
        services.start("public-api", settings.publicPort(), merge(common, Map.of(
                "PUBLIC_PORT", String.valueOf(settings.publicPort()),
                "LOG_FORMAT", "text")));

        System.out.println();
        System.out.println("The pair is running (logs in " + project.relativize(logs) + "/). Ctrl+C stops everything.");
        System.out.println("  Staff UI     http://localhost:" + settings.adminPort() + "/admin/  sign in as '"
                + settings.adminUsername() + "'" + settings.passwordNote());
        System.out.println("  Public API   http://localhost:" + settings.publicPort() + "/api/v1/products");
        System.out.println("  API docs     http://localhost:" + settings.publicPort() + "/swagger-ui/ and http://localhost:"
                + settings.adminPort() + "/swagger-ui/");
        System.out.println("  PostgreSQL   " + database.description());
        System.out.println("  Sessions     " + sessions.description());
        services.awaitAnyExit();
    }

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... parts) {
        return List.of(parts).stream().flatMap(part -> part.entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }
}
