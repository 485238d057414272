package dev.catalog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own tool (Debian: apt-get install prometheus): {@code check metrics} lints a scrape,
 * {@code check rules} parses the PromQL of a rule file.
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

    /**
     * Every line promtool reports about the scrape: {@code metric_name what is wrong}. A scrape it cannot
     * parse at all is not a scrape with no findings: that fails here.
     */
    public static List<String> findings(String scrape) {
        List<String> output = run(scrape, "check", "metrics");
        if (output.stream().anyMatch(line -> line.startsWith("error"))) {
            throw new IllegalStateException("promtool could not read the scrape: " + output);
        }
        return output;
    }

    /** What {@code promtool check rules} says of a rule file: "SUCCESS" or each rule's PromQL error. */
    public static List<String> checkRules(Path rules) {
        return run("", "check", "rules", rules.toString());
    }

    private static List<String> run(String input, String... arguments) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The metrics lint needs promtool at " + EXECUTABLE
                    + ": install it (Debian: apt-get install prometheus) or set PROMTOOL_PATH.");
        }
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString()));
        command.addAll(List.of(arguments));
        try {
            Process promtool = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start();
            try (var stdin = promtool.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
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
