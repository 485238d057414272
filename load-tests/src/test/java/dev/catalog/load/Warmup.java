package dev.catalog.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Both services' JVMs compile their hot paths in the first seconds under load: a cold run measures the
 * JIT, not the service (a freshly started pair answered p95 548 ms, then 23 ms once warm). Before a
 * simulation starts, and outside its measurements, a few clients read what the public readers read and
 * save products back unchanged through the admin API (the edit and notification path), for
 * {@code WARMUP_SECONDS} (default 30; 0 skips it).
 */
final class Warmup {

    private static final int CLIENTS = 4;

    private Warmup() {
    }

    /** @param token for the admin part; null warms public-api alone */
    static void run(AdminToken token) {
        Duration duration = LoadSettings.WARMUP;
        if (duration.isZero()) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong requests = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    readAndEdit(http, token);
                    requests.addAndGet(8);
                }
            }, "warm-up-" + i);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf("warm-up: about %d requests in %d s, not measured%n", requests.get(), duration.toSeconds());
    }

    private static void readAndEdit(HttpClient http, AdminToken token) {
        int id = ThreadLocalRandom.current().nextInt(1, LoadSettings.PRODUCTS + 1);
        get(http, LoadSettings.PUBLIC_URL + "/api/v1/categories", null);
        get(http, LoadSettings.PUBLIC_URL + "/api/v1/products/" + id, null);
        get(http, LoadSettings.PUBLIC_URL + "/api/v1/products/sku/DEMO-" + String.format("%07d", id), null);
        get(http, LoadSettings.PUBLIC_URL + "/api/v1/products?limit=20&inStock=true&minPrice=10&sort=-price", null);
        get(http, LoadSettings.PUBLIC_URL + "/api/v1/products?limit=20&q=pro", null);
        if (token == null) {
            return;
        }
        HttpResponse<String> product = get(http, LoadSettings.ADMIN_URL + "/admin/api/products/" + id, token);
        if (product != null && product.statusCode() == 200) {
            send(http, HttpRequest.newBuilder(URI.create(LoadSettings.ADMIN_URL + "/admin/api/products/" + id))
                    .header("Authorization", "Bearer " + token.secret())
                    .header("Content-Type", "application/json")
                    .header("If-Match", product.headers().firstValue("ETag").orElse(""))
                    .PUT(HttpRequest.BodyPublishers.ofString(product.body())));
            get(http, LoadSettings.PUBLIC_URL + "/api/v1/products/" + id, null);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, AdminToken token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token.secret());
        }
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
