package dev.catalog.system;

import dev.catalog.testing.ApiClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What staff do through the admin JSON API, as a script would (HTTP Basic), checked at every step. */
final class Staff {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClient admin;
    private Long unbranded;

    Staff(String adminUrl) {
        this.admin = ApiClient.at(adminUrl).as(ThePair.ADMIN, ThePair.ADMIN_PASSWORD);
    }

    long createCategory() {
        int n = SEQUENCE.incrementAndGet();
        return id(expect(201, admin.post("/admin/api/categories", Map.of("slug", "system-" + n, "name", "System " + n))));
    }

    long createDraft(long categoryId, String name) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, Object> product = new LinkedHashMap<>(Map.of("sku", "SYS-" + n, "name", name,
                "price", "12.50", "currency", "EUR", "stock", 3, "categoryId", categoryId));
        unbranded().ifPresent(brandId -> product.put("brandId", brandId));
        return id(expect(201, admin.post("/admin/api/products", product)));
    }

    /** The brand every product gets unless staff choose one; none from an admin-service built before brands. */
    synchronized Optional<Long> unbranded() {
        if (unbranded == null) {
            ApiClient.Response brands = admin.get("/admin/api/brands?size=100&sort=id");
            if (brands.status() != 200) {
                // an admin-service built before brands has no such route: ask again later, a newer one may take over
                return Optional.empty();
            }
            unbranded = idOfUnbranded(brands);
        }
        return Optional.of(unbranded);
    }

    private static long idOfUnbranded(ApiClient.Response brands) {
        return ((List<?>) brands.json().get("items")).stream()
                .map(item -> (Map<?, ?>) item)
                .filter(item -> "unbranded".equals(item.get("slug")))
                .map(item -> ((Number) item.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    /** Renames (and sets the status of) a product, editing the version just read. */
    void edit(long id, String name, String status) {
        ApiClient.Response current = expect(200, admin.get("/admin/api/products/" + id));
        Map<String, Object> body = new LinkedHashMap<>(current.json());
        Map<String, Object> command = new LinkedHashMap<>();
        for (String field : new String[] {"sku", "description", "price", "currency", "stock", "categoryId"}) {
            command.put(field, body.get(field));
        }
        if (body.get("brandId") != null) {
            command.put("brandId", body.get("brandId")); // absent, an admin-service built for brands keeps it
        }
        command.put("name", name);
        command.put("status", status);
        expect(200, admin.put("/admin/api/products/" + id, command, "If-Match", current.header("ETag").orElseThrow()));
    }

    void publish(long id) {
        expect(200, admin.post("/admin/api/products/" + id + "/publish", Map.of()));
    }

    void archive(long id) {
        expect(200, admin.post("/admin/api/products/" + id + "/archive", Map.of()));
    }

    void delete(long id) {
        expect(204, admin.delete("/admin/api/products/" + id));
    }

    private static ApiClient.Response expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    private static long id(ApiClient.Response response) {
        return ((Number) response.json().get("id")).longValue();
    }
}
