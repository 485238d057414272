package dev.catalog.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** A background read load on public-api: a few clients reading random demo products back to back. */
final class Readers implements AutoCloseable {

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong answers = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    Readers(String publicUrl, int clients) {
        threads = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < clients; i++) {
            threads.submit(() -> read(http, publicUrl));
        }
    }

    private void read(HttpClient http, String publicUrl) {
        while (running.get()) {
            int id = ThreadLocalRandom.current().nextInt(1, ThePair.DEMO_PRODUCTS + 1);
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(publicUrl + "/api/v1/products/" + id))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 200 || status == 404 ? answers : failures).incrementAndGet();
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }
}
