package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** Every change through the admin API leaves one history entry, with who and a field-by-field diff. */
@IntegrationTest
class CatalogHistoryIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient admin;
    long categoryId;

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        categoryId = createCategory(admin);
    }

    @Test
    void createIsRecordedWithActorAndEveryField() {
        Map<String, Object> product = createProduct(admin, categoryId);

        List<Map<String, Object>> history = history(id(product));

        assertThat(history).hasSize(1);
        assertThat(history.get(0)).containsEntry("action", "CREATE").containsEntry("actor", ADMIN)
                .containsEntry("objectLabel", product.get("sku"));
        assertThat(change(history.get(0), "price")).containsEntry("from", null).containsEntry("to", "249.90");
        assertThat(change(history.get(0), "status")).containsEntry("from", null).containsEntry("to", "DRAFT");
    }

    @Test
    void updateRecordsOnlyTheChangedFields() {
        Map<String, Object> product = createProduct(admin, categoryId);
        Map<String, Object> edit = editOf(product);
        edit.put("price", "199.00");

        admin.put("/admin/api/products/" + id(product), edit);

        Map<String, Object> newest = history(id(product)).get(0);
        assertThat(newest).containsEntry("action", "UPDATE");
        assertThat(changes(newest)).containsOnlyKeys("price");
        assertThat(change(newest, "price")).containsEntry("from", "249.90").containsEntry("to", "199.00");
    }

    @Test
    void publishArchiveAndDeleteAreRecordedNewestFirst() {
        long id = id(createProduct(admin, categoryId));
        admin.post("/admin/api/products/" + id + "/publish", null);
        admin.post("/admin/api/products/" + id + "/archive", null);
        admin.delete("/admin/api/products/" + id);

        assertThat(history(id)).extracting(entry -> entry.get("action"))
                .containsExactly("DELETE", "ARCHIVE", "PUBLISH", "CREATE");
    }

    @Test
    void rejectedEditLeavesNoHistory() {
        Map<String, Object> product = createProduct(admin, categoryId);
        Map<String, Object> stale = editOf(product);
        stale.put("name", "Stale");
        stale.put("version", 7);

        assertThat(admin.put("/admin/api/products/" + id(product), stale).status()).isEqualTo(409);

        assertThat(history(id(product))).extracting(entry -> entry.get("action")).containsExactly("CREATE");
    }

    @Test
    void editThatChangesNothingLeavesNoEntry() {
        Map<String, Object> product = createProduct(admin, categoryId);

        admin.put("/admin/api/products/" + id(product), editOf(product));

        assertThat(history(id(product))).hasSize(1);
    }

    @Test
    void categoryChangesHaveTheirOwnHistory() {
        ApiClient.Response history = admin.get("/admin/api/categories/" + categoryId + "/history");

        assertThat(items(history)).singleElement().satisfies(entry ->
                assertThat(entry).containsEntry("action", "CREATE").containsEntry("objectType", "category"));
    }

    @Test
    void globalHistoryFiltersByActorAndType() {
        createProduct(admin, categoryId);

        List<Map<String, Object>> mine = items(admin.get("/admin/api/history?actor=" + ADMIN + "&type=category"));
        List<Map<String, Object>> nobodys = items(admin.get("/admin/api/history?actor=nobody"));

        assertThat(mine).isNotEmpty().allSatisfy(entry ->
                assertThat(entry).containsEntry("actor", ADMIN).containsEntry("objectType", "category"));
        assertThat(nobodys).isEmpty();
    }

    @Test
    void unknownTypeIsA400Problem() {
        ApiClient.Response response = admin.get("/admin/api/history?type=order");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidNames()).containsExactly("type");
    }

    @Test
    void anonymousCannotReadHistory() {
        assertThat(ApiClient.at(server.getURL().toString()).get("/admin/api/history").status()).isEqualTo(401);
    }

    private List<Map<String, Object>> history(long productId) {
        return items(admin.get("/admin/api/products/" + productId + "/history"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> changes(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("changes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> entry, String field) {
        return (Map<String, Object>) changes(entry).get(field);
    }

    private static Map<String, Object> editOf(Map<String, Object> product) {
        Map<String, Object> edit = new java.util.LinkedHashMap<>(product);
        edit.keySet().retainAll(java.util.Set.of("sku", "name", "description", "price", "currency", "stock",
                "categoryId", "brandId", "version"));
        return edit;
    }
}
