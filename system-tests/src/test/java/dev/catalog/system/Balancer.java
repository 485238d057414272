package dev.catalog.system;

import dev.catalog.testing.ProjectFiles;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * HAProxy (Debian's package) running the project's own docker/haproxy/haproxy.cfg: same frontends,
 * health checks, retries and forwarded headers as compose. Only what Docker provides differs: the
 * replicas are this test's processes on loopback ports instead of names in Docker's DNS.
 */
final class Balancer implements AutoCloseable {

    private static final Path LOGS = Path.of("target", "system-tests");
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    final int publicPort = ServiceProcess.freePort();
    final int adminPort = ServiceProcess.freePort();
    private final int statsPort = ServiceProcess.freePort();
    private final Process process;

    Balancer(List<ServiceProcess> publicApis, List<ServiceProcess> admins) throws IOException {
        this(publicApis, admins, publicApis.size() + admins.size());
    }

    /** @param upAtStart how many of the servers must be UP before this returns (the others start later) */
    Balancer(List<ServiceProcess> publicApis, List<ServiceProcess> admins, int upAtStart) throws IOException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is missing: apt-get install haproxy (.ci/run installs it)");
        }
        Files.createDirectories(LOGS);
        Path config = LOGS.resolve("haproxy.cfg");
        Files.writeString(config, localConfig(Files.readString(ProjectFiles.find("docker/haproxy/haproxy.cfg")), publicApis, admins));
        process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("haproxy.log").toFile()))
                .start();
        awaitUp(upAtStart);
    }

    String publicUrl() {
        return "http://127.0.0.1:" + publicPort;
    }

    String adminUrl() {
        return "http://127.0.0.1:" + adminPort;
    }

    private String localConfig(String compose, List<ServiceProcess> publicApis, List<ServiceProcess> admins) {
        String config = Pattern.compile("(?ms)^resolvers docker$.*?(?=^\\S)").matcher(compose).replaceFirst("")
                .replace("bind :8081", "bind 127.0.0.1:" + publicPort)
                .replace("bind :8080", "bind 127.0.0.1:" + adminPort)
                .replace("bind :8404", "bind 127.0.0.1:" + statsPort)
                .replace("log stdout format raw local0 info", "log stdout format raw local0 notice");
        config = replaceLine(config, "server-template public-api-", servers("public-api-", publicApis));
        return replaceLine(config, "server-template admin-service-", servers("admin-service-", admins));
    }

    private static String replaceLine(String config, String start, String replacement) {
        List<String> lines = new ArrayList<>();
        boolean replaced = false;
        for (String line : config.split("\n")) {
            if (line.strip().startsWith(start)) {
                lines.add(replacement);
                replaced = true;
            } else {
                lines.add(line);
            }
        }
        if (!replaced) {
            throw new IllegalStateException("docker/haproxy/haproxy.cfg has no '" + start + "' line any more");
        }
        return String.join("\n", lines) + "\n";
    }

    private static String servers(String prefix, List<ServiceProcess> replicas) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            lines.add("    server " + prefix + (i + 1) + " 127.0.0.1:" + replicas.get(i).port() + " check");
        }
        return String.join("\n", lines);
    }

    /** Waits until HAProxy's own health checks have {@code count} servers UP. */
    void awaitUp(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited; see " + LOGS.resolve("haproxy.log"));
            }
            if (serversUp() >= count) {
                return;
            }
            ServiceProcess.sleep(100);
        }
        throw new IllegalStateException("HAProxy did not see " + count + " servers UP within 30 s");
    }

    private long serversUp() {
        try {
            String csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + statsPort + "/;csv")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return csv.lines()
                    .map(line -> line.split(","))
                    .filter(fields -> fields.length > 17 && !fields[1].equals("FRONTEND") && !fields[1].equals("BACKEND")
                            && !fields[0].startsWith("#") && !fields[0].equals("stats"))
                    .filter(fields -> fields[17].equals("UP"))
                    .count();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
