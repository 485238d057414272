package dev.catalog.system;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services as an operator runs them: with CATALOG_ENV=production a development secret
 * stops the start with one readable line per problem, and `check-deploy` prints the findings alone.
 * Neither needs a database: the check reads settings only.
 */
class DeployCheckIT {

    @Test
    void adminServiceRefusesAProductionStartWithTheDemoPassword() throws Exception {
        JarRun run = java("adminJar", Map.of("CATALOG_ENV", "production", "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", "change-me-please", "LOG_FORMAT", "text"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("deploy check: ADMIN_PASSWORD is 'change-me-please'")
                .contains("admin-service refuses to start with CATALOG_ENV=production");
    }

    @Test
    void publicApiRefusesAProductionStartWithTheDefaultCursorSecret() throws Exception {
        JarRun run = java("publicJar", Map.of("CATALOG_ENV", "production", "LOG_FORMAT", "text"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("deploy check: PUBLIC_CURSOR_SECRET is a development value")
                .contains("public-api refuses to start with CATALOG_ENV=production");
    }

    @Test
    void theCheckRunsAloneAsACommand() throws Exception {
        JarRun findings = java("publicJar", Map.of(), "check-deploy");
        JarRun clean = java("publicJar", Map.of("PUBLIC_CURSOR_SECRET", "q8Zr2LwT0vXy5NbK7mPc3HsJ9dFg1AeU"),
                "check-deploy");

        assertThat(findings.exitCode()).isEqualTo(1);
        assertThat(findings.output()).contains("public-api deploy check: 1 finding(s)")
                .contains("ERROR: PUBLIC_CURSOR_SECRET is a development value");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.output()).contains("public-api deploy check: no findings");
    }

    private static JarRun java(String jarProperty, Map<String, String> environment, String... args)
            throws Exception {
        return JarRun.of(jarProperty, List.of("-XX:TieredStopAtLevel=1"), environment, args);
    }
}
