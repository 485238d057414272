package dev.catalog.admin.catalog;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.TestDatabase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named request bodies for the admin API. Slugs and skus get a running number, because every test
 * class of a run shares one database.
 */
final class CatalogFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private CatalogFixtures() {
    }

    static Map<String, Object> kitchen() {
        int n = SEQUENCE.incrementAndGet();
        return new LinkedHashMap<>(Map.of("slug", "kitchen-" + n, "name", "Kitchen " + n,
                "description", "Pots, pans and everything for the stove."));
    }

    static Map<String, Object> espressoMachine(long categoryId) {
        int n = SEQUENCE.incrementAndGet();
        return new LinkedHashMap<>(Map.of("sku", "ESP-" + n, "name", "Espresso Machine " + n,
                "description", "15 bar pump, steam wand.", "price", "249.90", "currency", "EUR", "stock", 12,
                "categoryId", categoryId, "brandId", unbrandedId()));
    }

    /** The brand V11 creates, which every product without one of its own gets. */
    static long unbrandedId() {
        return TestDatabase.fresh().insert("SELECT id FROM brand WHERE slug = 'unbranded'");
    }

    static Map<String, Object> sonora() {
        int n = SEQUENCE.incrementAndGet();
        return new LinkedHashMap<>(Map.of("slug", "sonora-" + n, "name", "Sonora " + n));
    }

    static long createBrand(ApiClient admin) {
        ApiClient.Response created = admin.post("/admin/api/brands", sonora());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created);
    }

    static long createCategory(ApiClient admin) {
        ApiClient.Response created = admin.post("/admin/api/categories", kitchen());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created);
    }

    static Map<String, Object> createProduct(ApiClient admin, long categoryId) {
        ApiClient.Response created = admin.post("/admin/api/products", espressoMachine(categoryId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static long id(ApiClient.Response response) {
        return ((Number) response.json().get("id")).longValue();
    }

    static long id(Map<String, Object> json) {
        return ((Number) json.get("id")).longValue();
    }
}
