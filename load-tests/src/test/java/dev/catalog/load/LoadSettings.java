package dev.catalog.load;

import java.time.Duration;

/**
 * Where the services are and how hard to push them: a system property (-Dname=...) or an environment
 * variable (NAME), else the default, which suits a local run against `docker compose up`.
 */
final class LoadSettings {

    static final String PUBLIC_URL = setting("publicUrl", "PUBLIC_URL", "http://localhost:8081");
    static final String ADMIN_URL = setting("adminUrl", "ADMIN_URL", "http://localhost:8080");
    static final String ADMIN_USER = setting("adminUser", "ADMIN_USERNAME", "admin");
    static final String ADMIN_PASSWORD = setting("adminPassword", "ADMIN_PASSWORD", "change-me-please");
    /** Ids 1..PRODUCTS exist in the demo catalog (about 10% are drafts or archived: 404 on public-api). */
    static final int PRODUCTS = Integer.parseInt(setting("products", "PRODUCTS", "10000"));
    static final double USERS_PER_SECOND = Double.parseDouble(setting("usersPerSecond", "USERS_PER_SECOND", "50"));
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(setting("durationSeconds", "DURATION_SECONDS", "60")));
    /** Unmeasured load before the simulation, so that it measures warm JVMs (see Warmup). */
    static final Duration WARMUP = Duration.ofSeconds(Long.parseLong(setting("warmupSeconds", "WARMUP_SECONDS", "30")));
    static final double MAX_FAILED_PERCENT = Double.parseDouble(setting("maxFailedPercent", "MAX_FAILED_PERCENT", "1"));
    static final int P95_MS = Integer.parseInt(setting("p95Ms", "P95_MS", "250"));
    static final int P99_MS = Integer.parseInt(setting("p99Ms", "P99_MS", "500"));
    static final int PROPAGATION_P99_MS = Integer.parseInt(setting("propagationP99Ms", "PROPAGATION_P99_MS", "100"));

    private LoadSettings() {
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
