package dev.catalog.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/** A background read load: a few clients sending randomly chosen GETs back to back on keep-alive connections. */
final class Readers implements AutoCloseable {

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<HttpRequest> requests;
    private final long pauseMillis;
    final AtomicLong answers = new AtomicLong();
    final AtomicLong failures = new AtomicLong();

    /** Readers of random demo products on public-api. */
    Readers(String publicUrl, int clients) {
        this(IntStream.rangeClosed(1, ThePair.DEMO_PRODUCTS).mapToObj(id -> product(publicUrl, id)).toList(), clients);
    }

    Readers(List<HttpRequest> requests, int clients) {
        this(requests, clients, Duration.ZERO);
    }

    /** @param pause between one answer and a client's next request: a steady load, not a saturating one */
    Readers(List<HttpRequest> requests, int clients, Duration pause) {
        this.requests = requests;
        this.pauseMillis = pause.toMillis();
        threads = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < clients; i++) {
            threads.submit(() -> read(http));
        }
    }

    static HttpRequest product(String publicUrl, int id) {
        return HttpRequest.newBuilder(URI.create(publicUrl + "/api/v1/products/" + id)).timeout(Duration.ofSeconds(5)).build();
    }

    private void read(HttpClient http) {
        while (running.get()) {
            HttpRequest request = requests.get(ThreadLocalRandom.current().nextInt(requests.size()));
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 200 || status == 404 ? answers : failures).incrementAndGet();
            } catch (Exception e) {
                failures.incrementAndGet();
            }
            if (pauseMillis > 0) {
                ServiceProcess.sleep(pauseMillis);
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
