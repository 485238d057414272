package dev.catalog.support.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** An AppCDS training run ({@link ReadableStartup#CDS_TRAINING}): what it is pointed at, and its one request. */
final class TrainingRun {

    /**
     * A closed port instead of the configured database (admin-service's JDBC URL, public-api's R2DBC one),
     * standbys and Redis, and any free port to serve on. The resolved keys, because an environment
     * variable wins over a property of the same placeholder.
     */
    static final Map<String, Object> PROPERTIES = Map.of(
            "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/none",
            "r2dbc.datasources.default.url", "r2dbc:pool:postgresql://127.0.0.1:1/none",
            "catalog.replicas.host", "", "catalog.replicas.hosts", "",
            "redis.uri", "redis://127.0.0.1:1",
            "micronaut.server.port", -1, "endpoints.all.port", -1,
            "catalog.shutdown.drain-on-term", false);

    private TrainingRun() {
    }

    /** Whether a failed start is the expected one: a server it needs refused the connection. */
    static boolean stoppedForWantOfAServer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || String.valueOf(cause.getMessage()).contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    /** One request to the started service: it loads the classes of the HTTP path, whatever it answers. */
    static void askReadiness(ApplicationContext context) {
        EmbeddedServer server = context.findBean(EmbeddedServer.class).orElse(null);
        if (server == null || !server.isRunning()) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/health/readiness"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the answer does not matter, only the classes loaded on the way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
