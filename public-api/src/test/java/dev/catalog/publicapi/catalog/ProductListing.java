package dev.catalog.publicapi.catalog;

import dev.catalog.testing.ApiClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The product list as a client walks it: one page, or every page by following nextCursor. */
final class ProductListing {

    private static final int MAX_PAGES = 1_000;

    private final ApiClient api;

    ProductListing(ApiClient api) {
        this.api = api;
    }

    /** One page for {@code query} (such as {@code "category=audio&limit=2"}), which must be a 200. */
    Map<String, Object> page(String query) {
        ApiClient.Response response = api.get("/api/v1/products?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    List<Map<String, Object>> pages(String query) {
        return pages(query, () -> { });
    }

    /** Every page for {@code query}, running {@code betweenPages} before following each nextCursor. */
    List<Map<String, Object>> pages(String query, Runnable betweenPages) {
        List<Map<String, Object>> pages = new ArrayList<>();
        Map<String, Object> page = page(query);
        pages.add(page);
        while (page.get("nextCursor") != null) {
            assertThat(pages).as("pages of " + query + "; does the cursor never end?").hasSizeLessThan(MAX_PAGES);
            betweenPages.run();
            page = page(query + "&cursor=" + page.get("nextCursor"));
            pages.add(page);
        }
        return pages;
    }

    /** The ids of every item on every page, in the order they came. */
    List<Long> allIds(String query) {
        return pages(query).stream()
                .flatMap(page -> items(page).stream())
                .map(item -> ((Number) item.get("id")).longValue())
                .toList();
    }

    /** The skus of every item on every page, in the order they came. */
    List<String> allSkus(String query) {
        return skus(pages(query));
    }

    static List<String> skus(List<Map<String, Object>> pages) {
        return pages.stream()
                .flatMap(page -> items(page).stream())
                .map(item -> (String) item.get("sku"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
