package dev.catalog.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged services as an operator runs them: with CATALOG_ENV=production a development secret
 * stops the start with one readable line per problem, and `check-deploy` prints the findings alone.
 * Neither needs a database: the check reads settings only.
 */
class DeployCheckIT {

    @Test
    void adminServiceRefusesAProductionStartWithTheDemoPassword() throws Exception {
        Run run = java("adminJar", Map.of("CATALOG_ENV", "production", "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", "change-me-please", "LOG_FORMAT", "text"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("deploy check: ADMIN_PASSWORD is 'change-me-please'")
                .contains("admin-service refuses to start with CATALOG_ENV=production");
    }

    @Test
    void publicApiRefusesAProductionStartWithTheDefaultCursorSecret() throws Exception {
        Run run = java("publicJar", Map.of("CATALOG_ENV", "production", "LOG_FORMAT", "text"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("deploy check: PUBLIC_CURSOR_SECRET is a development value")
                .contains("public-api refuses to start with CATALOG_ENV=production");
    }

    @Test
    void theCheckRunsAloneAsACommand() throws Exception {
        Run findings = java("publicJar", Map.of(), "check-deploy");
        Run clean = java("publicJar", Map.of("PUBLIC_CURSOR_SECRET", "q8Zr2LwT0vXy5NbK7mPc3HsJ9dFg1AeU"),
                "check-deploy");

        assertThat(findings.exitCode()).isEqualTo(1);
        assertThat(findings.output()).contains("public-api deploy check: 1 finding(s)")
                .contains("ERROR: PUBLIC_CURSOR_SECRET is a development value");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.output()).contains("public-api deploy check: no findings");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run java(String jarProperty, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", Path.of(System.getProperty(jarProperty)).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s: " + command);
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
