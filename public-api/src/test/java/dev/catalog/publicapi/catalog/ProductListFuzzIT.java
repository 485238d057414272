package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.catalog.publicapi.catalog.CatalogFixtures.audioCables;
import static dev.catalog.publicapi.catalog.CatalogFixtures.kitchen;
import static dev.catalog.publicapi.catalog.CatalogFixtures.unusedSlug;
import static dev.catalog.publicapi.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random, mostly hostile requests: whatever a client sends, the answer is a page, a product
 * or a problem+json 4xx, never a 5xx. Each test prints its seed on failure; {@code -Dfuzz.seed=} replays it.
 */
@IntegrationTest
class ProductListFuzzIT implements PublicApiTestDatabase {

    private static final int LIST_REQUESTS = 3_000;
    private static final int LOOKUP_REQUESTS = 1_000;
    private static final int FAILURES_SHOWN = 15;

    @Inject
    EmbeddedServer server;

    @Inject
    CursorCodec cursors;

    ApiClient api;
    CategoryRow kitchen;
    List<String> realPages = new ArrayList<>();

    // Thousands of requests from one address would soon be refused by the rate limiter, not by the parser.
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.super.getProperties());
        properties.put("catalog.rate-limit.enabled", "false");
        return properties;
    }

    @BeforeAll
    void writeCatalogAndCollectCursors() {
        api = ApiClient.at(server.getURL().toString());
        kitchen = kitchen();
        audioCables(kitchen, 3);
        aProduct().sku("KETTLE").named("Steel Kettle").described("Whistles when the water boils.").in(kitchen);
        aProduct().sku("KETTLE").named("Electric Kettle").described("Cordless, boils fast.").soldOut().in(kitchen);
        ProductListing listing = new ProductListing(api);
        Stream.of("", "&sort=name", "&sort=-price", "&sort=updatedAt&inStock=true", "&q=kettle&minPrice=1")
                .map(filters -> "limit=1&category=" + kitchen.slug() + filters)
                .forEach(query -> realPages.add(query + "&cursor=" + listing.page(query).get("nextCursor")));
    }

    @Test
    void randomListQueriesGetAPageOrAProblemNeverA5xx() {
        fuzz(LIST_REQUESTS, requests -> "/api/v1/products?" + requests.listQuery());
    }

    // Signed with this API's own secret, as a cursor forged with a leaked or default secret would be.
    @Test
    void signedCursorsWithAnyPositionGetAPageOrAProblemNeverA5xx() {
        fuzz(LOOKUP_REQUESTS, requests -> {
            ProductSort sort = ProductSort.values()[requests.index(ProductSort.values().length)];
            String scope = new ProductSearch(kitchen.slug(), null, null, null, null, null, sort, 2, null).scope();
            String sortParameter = sort.isById() ? "" : "&sort=" + sort.parameter();
            return "/api/v1/products?limit=2&category=" + kitchen.slug() + sortParameter
                    + "&cursor=" + cursors.encode(scope, requests.position());
        });
    }

    @Test
    void randomProductIdsGetAProductOrAProblemNeverA5xx() {
        fuzz(LOOKUP_REQUESTS, requests -> "/api/v1/products/" + requests.idSegment());
    }

    @Test
    void randomSkusGetAProductOrAProblemNeverA5xx() {
        fuzz(LOOKUP_REQUESTS, requests -> "/api/v1/products/sku/" + requests.skuSegment());
    }

    private void fuzz(int count, Function<RandomRequests, String> target) {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        RandomRequests requests = new RandomRequests(new Random(seed), List.of(kitchen.slug(), unusedSlug()), realPages);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failureOf(target.apply(requests)).ifPresent(failures::add);
        }
        assertThat(failures)
                .as("%d of %d requests were answered badly (seed %d; replay with -Dfuzz.seed=%d); the first:%n%s",
                        failures.size(), count, seed, seed,
                        String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))))
                .isEmpty();
    }

    private Optional<String> failureOf(String path) {
        ApiClient.Response response;
        try {
            response = api.get(path);
        } catch (RuntimeException e) {
            return Optional.of("GET " + abbreviated(path) + " -> " + e);
        }
        return answeredWell(response)
                ? Optional.empty()
                : Optional.of("GET " + abbreviated(path) + " -> " + response.status() + " " + response.contentType()
                + " " + abbreviated(response.body()));
    }

    // A 2xx is JSON, a 4xx is a problem that repeats its status; nothing else is an acceptable answer.
    private static boolean answeredWell(ApiClient.Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return response.contentType().startsWith("application/json");
        }
        return status >= 400 && status < 500
                && response.contentType().startsWith("application/problem+json")
                && Integer.valueOf(status).equals(statusInBody(response));
    }

    private static Object statusInBody(ApiClient.Response response) {
        try {
            return response.json().get("status");
        } catch (AssertionError notJson) {
            return null;
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
