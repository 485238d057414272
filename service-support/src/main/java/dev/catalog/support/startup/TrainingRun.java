package dev.catalog.support.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The one request of an AppCDS training run: it loads the classes of the HTTP path, whatever it answers. */
final class TrainingRun {

    private TrainingRun() {
    }

    static void askReadiness(ApplicationContext context) {
        EmbeddedServer server = context.findBean(EmbeddedServer.class).orElse(null);
        if (server == null || !server.isRunning()) {
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            client.send(HttpRequest.newBuilder(server.getURI().resolve(URI.create("/health/readiness")))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the answer does not matter, only the classes loaded on the way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
