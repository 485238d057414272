package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** Any past version of a product, category or brand, a revert to it, and the restore of a deleted one. */
@IntegrationTest
class RevisionsIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    ApiClient admin;
    long categoryId;

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        categoryId = createCategory(admin);
    }

    @Test
    void aPastVersionIsTheProductAsItWasAfterThatChange() {
        Map<String, Object> product = createProduct(admin, categoryId);
        long id = id(product);
        long created = newestEntry("products", id);
        edit(id, Map.of("price", "199.00", "name", "Renamed"));
        edit(id, Map.of("stock", 3));

        Map<String, Object> version = admin.get("/admin/api/products/" + id + "/versions/" + created).json();

        assertThat(fields(version)).containsEntry("price", "249.90").containsEntry("name", product.get("name"))
                .containsEntry("stock", "12").containsEntry("status", "DRAFT");
        assertThat(entryOf(version)).containsEntry("id", (int) created).containsEntry("action", "CREATE");
    }

    @Test
    void revertIsANewEditRecordedAsARevertToThatVersion() {
        Map<String, Object> product = createProduct(admin, categoryId);
        long id = id(product);
        long created = newestEntry("products", id);
        edit(id, Map.of("price", "199.00", "description", "Changed"));
        Map<String, Object> edited = admin.get("/admin/api/products/" + id).json();

        ApiClient.Response reverted = admin.post("/admin/api/products/" + id + "/revert",
                Map.of("entryId", created), "If-Match", "\"" + edited.get("version") + "\"");

        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(reverted.json()).containsEntry("price", "249.90").containsEntry("description", product.get("description"));
        assertThat(reverted.header("ETag")).contains("\"" + (((Number) edited.get("version")).longValue() + 1) + "\"");
        Map<String, Object> newest = history("products", id).get(0);
        assertThat(newest).containsEntry("action", "UPDATE").containsEntry("actor", ADMIN)
                .containsEntry("origin", Map.of("kind", "REVERT", "id", (int) created));
        assertThat(changes(newest)).containsOnlyKeys("price", "description");
    }

    @Test
    void aStaleRevertChangesNothing() {
        long id = id(createProduct(admin, categoryId));
        long created = newestEntry("products", id);
        edit(id, Map.of("price", "199.00"));

        ApiClient.Response stale = admin.post("/admin/api/products/" + id + "/revert",
                Map.of("entryId", created, "version", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "product.version-conflict");
        assertThat(admin.get("/admin/api/products/" + id).json()).containsEntry("price", "199.00");
    }

    @Test
    void aVersionOfAnotherObjectOrADeletionIsRefused() {
        long id = id(createProduct(admin, categoryId));
        long other = id(createProduct(admin, categoryId));
        long othersEntry = newestEntry("products", other);
        admin.delete("/admin/api/products/" + other);
        long deletion = newestEntry("products", other);

        assertThat(admin.get("/admin/api/products/" + id + "/versions/" + othersEntry).status()).isEqualTo(404);
        ApiClient.Response revert = admin.post("/admin/api/products/" + id + "/revert", Map.of("version", 0));
        assertThat(revert.status()).isEqualTo(400);
        assertThat(revert.invalidNames()).anySatisfy(name -> assertThat(name).contains("entryId"));
        assertThat(admin.post("/admin/api/products/" + other + "/revert", Map.of("entryId", deletion, "version", 0))
                .status()).as("a deleted product is restored, not reverted").isEqualTo(404);
    }

    @Test
    void aDeletedProductComesBackWithItsIdAndStatus() {
        Map<String, Object> product = createProduct(admin, categoryId);
        long id = id(product);
        admin.post("/admin/api/products/" + id + "/publish", null);
        admin.delete("/admin/api/products/" + id);
        long deletion = newestEntry("products", id);

        ApiClient.Response restored = admin.post("/admin/api/products/" + id + "/restore", null);

        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json()).containsEntry("id", (int) id).containsEntry("sku", product.get("sku"))
                .containsEntry("price", "249.90").containsEntry("status", "PUBLISHED");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = " + id
                + " AND status = 'PUBLISHED' AND published_at IS NOT NULL")).isOne();
        assertThat(history("products", id).get(0)).containsEntry("action", "CREATE")
                .containsEntry("origin", Map.of("kind", "RESTORE", "id", (int) deletion));
        ApiClient.Response again = admin.post("/admin/api/products/" + id + "/restore", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("code", "product.not-deleted");
    }

    @Test
    void aRestoreWhoseSkuIsTakenOrWhoseCategoryIsGoneSaysWhy() {
        long otherCategory = createCategory(admin);
        Map<String, Object> product = createProduct(admin, otherCategory);
        long id = id(product);
        admin.delete("/admin/api/products/" + id);
        admin.delete("/admin/api/categories/" + otherCategory);

        ApiClient.Response noCategory = admin.post("/admin/api/products/" + id + "/restore", null);

        assertThat(noCategory.status()).isEqualTo(409);
        assertThat(noCategory.json()).containsEntry("code", "product.restore-blocked");
        assertThat((String) noCategory.json().get("detail")).contains("restore the category first");

        assertThat(admin.post("/admin/api/categories/" + otherCategory + "/restore", null).status()).isEqualTo(200);
        Map<String, Object> sameSku = CatalogFixtures.espressoMachine(categoryId);
        sameSku.put("sku", product.get("sku"));
        long taker = id(admin.post("/admin/api/products", sameSku));

        ApiClient.Response taken = admin.post("/admin/api/products/" + id + "/restore", null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json()).containsEntry("code", "product.sku-taken");
        assertThat(admin.get("/admin/api/products/" + id).status()).isEqualTo(404);

        admin.delete("/admin/api/products/" + taker);
        assertThat(admin.post("/admin/api/products/" + id + "/restore", null).json())
                .containsEntry("categoryId", (int) otherCategory);
    }

    @Test
    void categoriesAndBrandsRevertAndRestoreToo() {
        long created = newestEntry("categories", categoryId);
        Map<String, Object> category = admin.get("/admin/api/categories/" + categoryId).json();
        Map<String, Object> renamed = new LinkedHashMap<>(category);
        renamed.keySet().retainAll(Set.of("slug", "name", "description", "version"));
        renamed.put("name", "Renamed kitchen");
        admin.put("/admin/api/categories/" + categoryId, renamed);

        ApiClient.Response reverted = admin.post("/admin/api/categories/" + categoryId + "/revert",
                Map.of("entryId", created, "version", ((Number) category.get("version")).longValue() + 1));
        assertThat(reverted.status()).as(reverted.toString()).isEqualTo(200);
        assertThat(reverted.json()).containsEntry("name", category.get("name"));

        long brandId = CatalogFixtures.createBrand(admin);
        Map<String, Object> brand = admin.get("/admin/api/brands/" + brandId).json();
        admin.delete("/admin/api/brands/" + brandId);
        ApiClient.Response restored = admin.post("/admin/api/brands/" + brandId + "/restore", null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json()).containsEntry("slug", brand.get("slug")).containsEntry("id", (int) brandId);
    }

    @Test
    void viewersSeeVersionsButCannotRevertOrRestore() {
        accounts.create("revision-viewer", StaffRole.VIEWER);
        ApiClient viewer = ApiClient.at(server.getURL().toString())
                .as("revision-viewer", StaffAccounts.password("revision-viewer"));
        long id = id(createProduct(admin, categoryId));
        long created = newestEntry("products", id);

        assertThat(viewer.get("/admin/api/products/" + id + "/versions/" + created).status()).isEqualTo(200);
        assertThat(viewer.post("/admin/api/products/" + id + "/revert", Map.of("entryId", created, "version", 0))
                .status()).isEqualTo(403);
        assertThat(viewer.post("/admin/api/products/" + id + "/restore", null).status()).isEqualTo(403);
    }

    @Test
    void staffRevertAndRestoreFromThePages() {
        Map<String, Object> product = createProduct(admin, categoryId);
        long id = id(product);
        long created = newestEntry("products", id);
        edit(id, Map.of("price", "199.00"));
        ApiClient page = admin.withHeader("Accept", "text/html");

        String version = page.get("/admin/products/" + id + "/versions/" + created).body();
        assertThat(version).contains("249.90").contains("199.00").contains("Revert to this version");

        admin.delete("/admin/api/products/" + id);
        String deleted = page.get("/admin/products/" + id + "/history").body();
        assertThat(deleted).contains("was deleted").contains("Restore this product");
    }

    private void edit(long id, Map<String, Object> changes) {
        Map<String, Object> edit = new LinkedHashMap<>(admin.get("/admin/api/products/" + id).json());
        edit.keySet().retainAll(Set.of("sku", "name", "description", "price", "currency", "stock", "categoryId",
                "brandId", "version"));
        edit.putAll(changes);
        ApiClient.Response updated = admin.put("/admin/api/products/" + id, edit);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private long newestEntry(String kind, long id) {
        return ((Number) history(kind, id).get(0).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(String kind, long id) {
        ApiClient.Response response = admin.get("/admin/api/" + kind + "/" + id + "/history");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> version) {
        return (Map<String, Object>) version.get("fields");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entryOf(Map<String, Object> version) {
        return (Map<String, Object>) version.get("entry");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> changes(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("changes");
    }
}
