package dev.catalog.system;

import dev.catalog.testing.ManagementPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service, started as `java -jar` with the environment docker-compose gives it. */
final class ServiceProcess implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "system-tests");

    /**
     * For tests that run four JVMs, HAProxy, PostgreSQL and a load on 2 cores: the client compiler alone
     * and a serial collector keep a starting JVM from starving the others (start 8 s instead of 20 to 45 s).
     */
    static final List<String> SMALL_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private final List<String> jvmOptions;
    private Process process;

    ServiceProcess(String name, Path jar, Map<String, String> environment, int port) {
        this(name, jar, environment, port, List.of());
    }

    ServiceProcess(String name, Path jar, Map<String, String> environment, int port, List<String> jvmOptions) {
        if (!Files.isReadable(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through `./mvnw verify`, which packages it first");
        }
        this.name = name;
        this.jar = jar;
        this.environment = new HashMap<>(environment);
        // Every instance its own management port, as each pod has its own; a test may name one.
        this.environment.putIfAbsent("MANAGEMENT_PORT", Integer.toString(freePort()));
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    static int freePort() {
        return ManagementPort.freePort();
    }

    /** Where this instance serves /prometheus and health with details. */
    String managementUrl() {
        return "http://127.0.0.1:" + environment.get("MANAGEMENT_PORT");
    }

    ServiceProcess start() {
        launch();
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    /** Starts the process and returns at once; {@link #awaitReady} waits for it. */
    ServiceProcess launch() {
        try {
            Files.createDirectories(LOGS);
            List<String> command = new ArrayList<>(List.of("java", "-Xmx384m"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(name + ".log").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The same service, configured the same, as a new process (a restart, or one more replica). */
    ServiceProcess another() {
        return new ServiceProcess(name, jar, environment, port, jvmOptions);
    }

    int port() {
        return port;
    }

    /** What this instance has logged so far. */
    String log() {
        try {
            return Files.readString(LOGS.resolve(name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, as docker stop sends: the service drains in-flight requests, then exits. */
    int terminate(Duration patience) throws InterruptedException {
        signalTerm();
        return awaitExit(patience);
    }

    /** Sends SIGTERM and returns at once. */
    void signalTerm() {
        process.destroy();
    }

    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not exit within " + patience + " of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    void awaitReady(Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + LOGS.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + patience + "; see " + LOGS.resolve(name + ".log"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
