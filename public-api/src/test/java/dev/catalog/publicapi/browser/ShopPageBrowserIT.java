package dev.catalog.publicapi.browser;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.Chromium;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's page on another origin reads the catalog with {@code fetch} in a real Chromium: the CORS
 * answers are the browser's to judge, not the test's.
 */
@IntegrationTest
class ShopPageBrowserIT implements PublicApiTestDatabase {

    // What a shop's script does: a page of a category, the next page by its cursor, a product, and a
    // revalidation with the ETag it kept (no-store, so the browser hands the 304 to the script).
    private static final String SHOP_SCRIPT = """
            async ([api, category]) => {
              const first = await fetch(`${api}/api/v1/products?category=${category}&limit=1`);
              const firstPage = await first.json();
              const second = await fetch(`${api}/api/v1/products?category=${category}&limit=1&cursor=`
                  + encodeURIComponent(firstPage.nextCursor));
              const secondPage = await second.json();
              const id = firstPage.items[0].id;
              const product = await fetch(`${api}/api/v1/products/${id}`);
              const etag = product.headers.get('ETag');
              const again = await fetch(`${api}/api/v1/products/${id}`,
                  {headers: {'If-None-Match': etag}, cache: 'no-store'});
              return {
                firstSku: firstPage.items[0].sku,
                secondSku: secondPage.items[0].sku,
                productSku: (await product.json()).sku,
                etag: etag,
                requestId: product.headers.get('X-Request-Id'),
                revalidation: again.status
              };
            }""";

    @Inject
    EmbeddedServer server;

    Chromium chromium;
    HttpServer shop;

    @BeforeAll
    void startShopAndBrowser() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/", exchange -> {
            byte[] page = "<!doctype html><title>Shop</title><h1>Shop</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        shop.start();
        chromium = Chromium.launch();
    }

    @AfterAll
    void stopShopAndBrowser() {
        chromium.close();
        shop.stop(0);
    }

    @Test
    void shopPageOnAnotherOriginReadsPagesAProductAndRevalidates() {
        CategoryRow audio = CatalogFixtures.audio();
        ProductRow headphones = CatalogFixtures.studioHeadphones(audio);
        ProductRow cable = CatalogFixtures.audioCable(audio);
        Page page = chromium.browser().newContext().newPage();
        page.navigate("http://127.0.0.1:" + shop.getAddress().getPort() + "/");
        String api = server.getURL().toString();
        assertThat(api).doesNotContain("127.0.0.1:" + shop.getAddress().getPort());

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) page.evaluate(SHOP_SCRIPT, List.of(api, audio.slug()));

        assertThat(List.of(seen.get("firstSku"), seen.get("secondSku")))
                .containsExactlyInAnyOrder(headphones.sku(), cable.sku());
        assertThat(seen.get("productSku")).isEqualTo(seen.get("firstSku"));
        assertThat((String) seen.get("etag")).as("ETag exposed to the script").matches("\"[^\"]+\"");
        assertThat(seen.get("requestId")).as("X-Request-Id exposed to the script").isNotNull();
        assertThat(seen.get("revalidation")).isEqualTo(304);
    }
}
