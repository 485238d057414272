package dev.catalog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own linter, {@code promtool check metrics} (Debian: apt-get install prometheus), on a scrape.
 * Without it the tests fail with a message saying what to install, like the browser tests.
 */
public final class Promtool {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PROMTOOL_PATH", "/usr/bin/promtool"));

    private Promtool() {
    }

    /**
     * What promtool reports about the metrics whose names start with one of {@code prefixes}: those a
     * service defines, not the JVM's or a library's, which it cannot rename.
     */
    public static List<String> findings(String scrape, String... prefixes) {
        return findings(scrape).stream()
                .filter(finding -> Arrays.stream(prefixes).anyMatch(finding::startsWith))
                .toList();
    }

    /** Every line promtool reports about the scrape: {@code metric_name what is wrong}. */
    public static List<String> findings(String scrape) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The metrics lint needs promtool at " + EXECUTABLE
                    + ": install it (Debian: apt-get install prometheus) or set PROMTOOL_PATH.");
        }
        try {
            Process promtool = new ProcessBuilder(EXECUTABLE.toString(), "check", "metrics")
                    .redirectErrorStream(true)
                    .start();
            try (var input = promtool.getOutputStream()) {
                input.write(scrape.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!promtool.waitFor(30, TimeUnit.SECONDS)) {
                promtool.destroyForcibly();
                throw new IllegalStateException("promtool did not finish in 30 s");
            }
            return output.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
