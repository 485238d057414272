package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
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

import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cache off, concurrent lookups by id share queries; each client must still get exactly its
 * own product, or 404 for a draft or a missing id, never another request's answer.
 */
@IntegrationTest
class ProductsByIdIT implements PublicApiTestDatabase {

    private static final int REQUESTS = 600;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.on(TestDatabase.migrated()));
        properties.put("catalog.rate-limit.enabled", "false");
        properties.put("catalog.reads.cache-enabled", "false");
        // Above the default 256 waiting reads a busy service answers 503 by design; this test is about answers.
        properties.put("catalog.reads.max-queries-in-flight", "2000");
        return properties;
    }

    @Test
    void concurrentLookupsEachGetTheirOwnProduct() {
        CategoryRow category = CatalogFixtures.audio();
        List<ProductRow> published = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            published.add(aProduct().sku("BATCH").named("Batched " + i).in(category));
        }
        ProductRow draft = aProduct().sku("BATCHDRAFT").draft().in(category);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<CompletableFuture<String>> mismatches = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int pick = i % 22;
            long id = pick < 20 ? published.get(pick).id() : pick == 20 ? draft.id() : Long.MAX_VALUE - i;
            String expected = pick < 20 ? "\"sku\":\"" + published.get(pick).sku() + "\"" : "404";
            mismatches.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/products/" + id))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> matches(response, expected) ? "" : id + " -> " + response.statusCode()
                            + " " + response.body()));
        }

        assertThat(mismatches.stream().map(CompletableFuture::join).filter(m -> !m.isEmpty()).toList()).isEmpty();
    }

    private static boolean matches(HttpResponse<String> response, String expected) {
        return expected.equals("404") ? response.statusCode() == 404
                : response.statusCode() == 200 && response.body().contains(expected);
    }
}
