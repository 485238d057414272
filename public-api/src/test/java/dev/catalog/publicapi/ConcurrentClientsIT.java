package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A thousand clients at once, each on its own keep-alive connection, all get answers. */
@IntegrationTest
class ConcurrentClientsIT implements PublicApiTestDatabase {

    private static final int CLIENTS = 1_000;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.on(TestDatabase.migrated()));
        // every client of this test comes from 127.0.0.1
        properties.put("catalog.rate-limit.enabled", "false");
        return properties;
    }

    @Test
    void thousandConcurrentKeepAliveClientsAllGetAnswers() {
        ProductRow headphones = CatalogFixtures.studioHeadphones(CatalogFixtures.audio());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI product = URI.create(server.getURL() + "/api/v1/products/" + headphones.id());
        URI page = URI.create(server.getURL() + "/api/v1/products?limit=5");

        // Two rounds: the second reuses the connections the first opened.
        for (int round = 0; round < 2; round++) {
            Map<Integer, Long> statuses = sendAtOnce(http, product, page);
            assertThat(statuses).as("statuses of round %d", round).containsOnlyKeys(200)
                    .containsEntry(200, (long) CLIENTS);
        }
    }

    private static Map<Integer, Long> sendAtOnce(HttpClient http, URI product, URI page) {
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpRequest request = HttpRequest.newBuilder(i % 2 == 0 ? product : page)
                    .timeout(Duration.ofSeconds(30)).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode)
                    .exceptionally(failure -> -1));
        }
        return answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
