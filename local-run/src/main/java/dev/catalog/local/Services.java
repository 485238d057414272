package dev.catalog.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The two services as child processes: started in order, each awaited until ready, stopped together. */
final class Services {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path project;
    private final Path logs;
    private final List<Process> running = new ArrayList<>();
    private volatile boolean stopping;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    Services(Path project, Path logs) {
        this.project = project;
        this.logs = logs;
    }

    void start(String name, int port, Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = project.resolve(name + "/target/" + name + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B package -DskipTests)");
        }
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        // one instance, no balancer to drain it from: stop serving at once on Ctrl+C
        builder.environment().putIfAbsent("SHUTDOWN_READINESS_DELAY", "PT0S");
        System.out.println("Starting " + name + " on port " + port + " ...");
        Process process = builder.start();
        running.add(process);
        awaitReady(name, port, process, log);
    }

    private void awaitReady(String name, int port, Process process, Path log) throws InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; its log: " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT.toSeconds() + " s; its log: " + log);
    }

    /** Waits until one service exits (it crashed, or Ctrl+C is stopping everything). */
    void awaitAnyExit() throws InterruptedException {
        CompletableFuture.anyOf(running.stream().map(Process::onExit).toArray(CompletableFuture[]::new)).join();
        if (!stopping) {
            running.stream().filter(process -> !process.isAlive()).findFirst().ifPresent(process ->
                    System.err.println("A service stopped (exit code " + process.exitValue() + "); see " + logs));
        }
    }

    /** SIGTERM to each, newest first, so each shuts down gracefully; then waits for them. */
    void stopAll() {
        stopping = true;
        List<Process> newestFirst = new ArrayList<>(running);
        Collections.reverse(newestFirst);
        newestFirst.forEach(Process::destroy);
        for (Process process : newestFirst) {
            try {
                if (!process.waitFor(40, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
