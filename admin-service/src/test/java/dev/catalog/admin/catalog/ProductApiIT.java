package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.espressoMachine;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProductApiIT implements AdminTestDatabase {

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
    void createAnswers201WithLocationAndTheStoredDraft() {
        ApiClient.Response created = admin.post("/admin/api/products", espressoMachine(categoryId));

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> body = created.json();
        assertThat(created.header("Location")).contains("/admin/api/products/" + id(body));
        assertThat(body).containsEntry("price", "249.90").containsEntry("status", "DRAFT")
                .containsEntry("version", 0).containsEntry("currency", "EUR");
        assertThat(storedColumn(id(body), "price")).isEqualTo("249.90");
    }

    @Test
    void createCanPublishAtOnceAndRecordsPublicationTime() {
        Map<String, Object> command = espressoMachine(categoryId);
        command.put("status", "PUBLISHED");

        ApiClient.Response created = admin.post("/admin/api/products", command);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("status", "PUBLISHED").containsKey("publishedAt");
    }

    @Test
    void invalidProductIsRejectedWithProblemListingEveryBadField() {
        Map<String, Object> command = Map.of("sku", "lower case", "name", " ", "price", "-1.00",
                "currency", "XYZ", "stock", -5);

        ApiClient.Response response = admin.post("/admin/api/products", command);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.invalidNames())
                .containsExactlyInAnyOrder("sku", "name", "price", "currency", "stock", "categoryId", "brandId");
    }

    @Test
    void priceWithThreeDecimalsIsRejected() {
        Map<String, Object> command = espressoMachine(categoryId);
        command.put("price", "1.999");

        ApiClient.Response response = admin.post("/admin/api/products", command);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidNames()).containsExactly("price");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ApiClient.Response response = admin.post("/admin/api/products", "{\"sku\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownCategoryIsRejected() {
        ApiClient.Response response = admin.post("/admin/api/products", espressoMachine(987_654_321L));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).containsEntry("code", "product.unknown-category");
        assertThat(response.invalidNames()).containsExactly("categoryId");
    }

    @Test
    void unknownBrandIsRejected() {
        Map<String, Object> command = espressoMachine(categoryId);
        command.put("brandId", 987_654_321L);

        ApiClient.Response response = admin.post("/admin/api/products", command);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).containsEntry("code", "product.unknown-brand");
        assertThat(response.invalidNames()).containsExactly("brandId");
    }

    @Test
    void duplicateSkuIsAConflict() {
        Map<String, Object> command = espressoMachine(categoryId);
        assertThat(admin.post("/admin/api/products", command).status()).isEqualTo(201);

        ApiClient.Response duplicate = admin.post("/admin/api/products", command);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json()).containsEntry("code", "product.sku-taken");
    }

    @Test
    void showAnswersWithEtagOfTheVersion() {
        long id = id(createProduct(admin, categoryId));

        ApiClient.Response shown = admin.get("/admin/api/products/" + id);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("ETag")).contains("\"0\"");
    }

    @Test
    void unknownIdIsA404Problem() {
        ApiClient.Response response = admin.get("/admin/api/products/999999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).containsEntry("code", "product.not-found");
    }

    @Test
    void nonNumericIdIsA400Problem() {
        ApiClient.Response response = admin.get("/admin/api/products/twelve");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void updateWithCurrentVersionSavesAndBumpsVersion() {
        Map<String, Object> product = createProduct(admin, categoryId);
        Map<String, Object> edit = editOf(product, "Espresso Machine Deluxe", 0);

        ApiClient.Response updated = admin.put("/admin/api/products/" + id(product), edit);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("name", "Espresso Machine Deluxe").containsEntry("version", 1);
        assertThat(updated.header("ETag")).contains("\"1\"");
    }

    @Test
    void staleVersionEditIsAConflictAndChangesNothing() {
        Map<String, Object> product = createProduct(admin, categoryId);
        admin.put("/admin/api/products/" + id(product), editOf(product, "First edit", 0));

        ApiClient.Response stale = admin.put("/admin/api/products/" + id(product), editOf(product, "Stale edit", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("code", "product.version-conflict");
        assertThat(storedColumn(id(product), "name")).isEqualTo("First edit");
    }

    @Test
    void staleIfMatchIsAConflict() {
        Map<String, Object> product = createProduct(admin, categoryId);
        admin.put("/admin/api/products/" + id(product), editOf(product, "First edit", 0));
        Map<String, Object> edit = editOf(product, "Stale edit", 0);
        edit.remove("version");

        ApiClient.Response stale = admin.put("/admin/api/products/" + id(product), edit, "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(storedColumn(id(product), "name")).isEqualTo("First edit");
    }

    @Test
    void updateWithoutAnyVersionIsRefused() {
        Map<String, Object> product = createProduct(admin, categoryId);
        Map<String, Object> edit = editOf(product, "Blind edit", 0);
        edit.remove("version");

        ApiClient.Response response = admin.put("/admin/api/products/" + id(product), edit);

        assertThat(response.status()).isEqualTo(428);
        assertThat(storedColumn(id(product), "name")).isEqualTo(product.get("name"));
    }

    @Test
    void publishThenArchiveMovesTheStatus() {
        long id = id(createProduct(admin, categoryId));

        ApiClient.Response published = admin.post("/admin/api/products/" + id + "/publish", null);
        ApiClient.Response archived = admin.post("/admin/api/products/" + id + "/archive", null);

        assertThat(published.json()).containsEntry("status", "PUBLISHED").containsKey("publishedAt");
        assertThat(archived.json()).containsEntry("status", "ARCHIVED");
        assertThat(storedColumn(id, "status")).isEqualTo("ARCHIVED");
    }

    @Test
    void publishWithStaleIfMatchIsAConflict() {
        long id = id(createProduct(admin, categoryId));
        admin.post("/admin/api/products/" + id + "/publish", null);

        ApiClient.Response stale = admin.post("/admin/api/products/" + id + "/archive", null, "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(storedColumn(id, "status")).isEqualTo("PUBLISHED");
    }

    @Test
    void deleteAnswers204AndRemovesTheRow() {
        long id = id(createProduct(admin, categoryId));

        ApiClient.Response deleted = admin.delete("/admin/api/products/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(admin.get("/admin/api/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void listIsPagedAndSortable() {
        createProduct(admin, categoryId);
        createProduct(admin, categoryId);

        ApiClient.Response page = admin.get("/admin/api/products?size=1&sort=id,desc");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).containsEntry("size", 1).containsEntry("hasNext", true).containsKey("totalItems");
        assertThat((List<?>) page.json().get("items")).hasSize(1);
    }

    @Test
    void listTakesTheStaffListsFiltersAndSearch() {
        long other = createCategory(admin);
        Map<String, Object> cheap = CatalogFixtures.espressoMachine(other);
        cheap.put("price", "9.50");
        cheap.put("stock", 0);
        cheap.put("name", "Milk frother");
        long cheapId = id(admin.post("/admin/api/products", cheap));
        Map<String, Object> dear = CatalogFixtures.espressoMachine(other);
        dear.put("price", "990.00");
        dear.put("status", "PUBLISHED");
        long dearId = id(admin.post("/admin/api/products", dear));
        createProduct(admin, categoryId);

        assertThat(ids("/admin/api/products?categoryId=" + other + "&sort=price,desc")).containsExactly(dearId, cheapId);
        assertThat(ids("/admin/api/products?categoryId=" + other + "&status=PUBLISHED")).containsExactly(dearId);
        assertThat(ids("/admin/api/products?categoryId=" + other + "&inStock=false")).containsExactly(cheapId);
        assertThat(ids("/admin/api/products?categoryId=" + other + "&q=FROTH")).containsExactly(cheapId);
        assertThat(admin.get("/admin/api/products?categoryId=" + other + "&size=1").json())
                .containsEntry("totalItems", 2).containsEntry("totalPages", 2);
    }

    @Test
    void aLongListIsCountedOnlySoFarBeyondItsPage() {
        long crowded = createCategory(admin);
        TestDatabase.fresh().update("INSERT INTO product (sku, name, price, currency, stock, category_id, brand_id) "
                + "SELECT 'CROWD-' || ? || '-' || n, 'Crowd ' || n, 10, 'EUR', 1, ?, ? FROM generate_series(1, 1010) n",
                crowded, crowded, CatalogFixtures.unbrandedId());

        Map<String, Object> first = admin.get("/admin/api/products?categoryId=" + crowded + "&size=20&sort=name").json();
        Map<String, Object> last = admin.get("/admin/api/products?categoryId=" + crowded + "&size=20&page=50").json();

        assertThat(first).containsEntry("hasNext", true).containsEntry("totalExact", false)
                .containsEntry("totalItems", 1_000).containsEntry("totalPages", 50);
        assertThat((List<?>) first.get("items")).hasSize(20);
        assertThat(last).containsEntry("hasNext", false).containsEntry("totalExact", true)
                .containsEntry("totalItems", 1_010).containsEntry("totalPages", 51);
        assertThat((List<?>) last.get("items")).hasSize(10);
    }

    @Test
    void bulkActionsChangeAllOrNone() {
        long first = id(createProduct(admin, categoryId));
        long second = id(createProduct(admin, categoryId));

        ApiClient.Response published = admin.post("/admin/api/products/bulk",
                Map.of("productIds", List.of(first, second), "action", "PUBLISH"));
        ApiClient.Response withAMissingOne = admin.post("/admin/api/products/bulk",
                Map.of("productIds", List.of(first, 999_999_999L), "action", "ARCHIVE"));

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json()).containsEntry("changed", 2);
        assertThat(withAMissingOne.status()).isEqualTo(404);
        assertThat(admin.get("/admin/api/products/" + first).json()).as("none archived").containsEntry("status", "PUBLISHED");
        assertThat(admin.post("/admin/api/products/bulk", Map.of("productIds", List.of(first, second), "action", "DELETE"))
                .json()).containsEntry("changed", 2);
        assertThat(admin.get("/admin/api/products/" + second).status()).isEqualTo(404);
    }

    @Test
    void aBadFilterIsA400ProblemNotIgnored() {
        ApiClient.Response status = admin.get("/admin/api/products?status=GONE");
        ApiClient.Response inStock = admin.get("/admin/api/products?inStock=maybe");
        ApiClient.Response longSearch = admin.get("/admin/api/products?q=" + "x".repeat(101));

        assertThat(status.status()).as(status.toString()).isEqualTo(400);
        assertThat(inStock.status()).as(inStock.toString()).isEqualTo(400);
        assertThat(longSearch.status()).as(longSearch.toString()).isEqualTo(400);
        assertThat(status.contentType()).startsWith("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String path) {
        ApiClient.Response page = admin.get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return ((List<Map<String, Object>>) page.json().get("items")).stream()
                .map(item -> ((Number) item.get("id")).longValue()).toList();
    }

    @Test
    void sortingByAnUnknownPropertyIsA400Problem() {
        ApiClient.Response response = admin.get("/admin/api/products?sort=password");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidNames()).containsExactly("sort");
    }

    private static Map<String, Object> editOf(Map<String, Object> product, String name, int version) {
        Map<String, Object> edit = new LinkedHashMap<>(product);
        edit.keySet().retainAll(Set.of("sku", "description", "price", "currency", "stock", "categoryId", "brandId"));
        edit.put("name", name);
        edit.put("version", version);
        return edit;
    }

    private static String storedColumn(long id, String column) {
        try (Connection connection = TestDatabase.fresh().connect();
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM product WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("product %d exists", id).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
