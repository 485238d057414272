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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** CSV imports: a preview that writes nothing, a confirm that applies exactly it, and files refused whole. */
@IntegrationTest
class ProductImportIT implements AdminTestDatabase {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String HEADER = "sku,name,description,category,brand,price,currency,stock,status\n";

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    ApiClient admin;
    String category;
    String prefix;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(AdminTestDatabase.super.getProperties());
        properties.put("catalog.imports.max-size", "64KB");
        return properties;
    }

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        int n = NAMES.incrementAndGet();
        category = "import-kitchen-" + n;
        prefix = "IMP" + n + "-";
        assertThat(admin.post("/admin/api/categories", Map.of("slug", category, "name", "Import kitchen " + n)).status())
                .isEqualTo(201);
    }

    @Test
    void aPreviewShowsWhatEachRowWouldDoAndWritesNothing() {
        long kept = product("KEPT", "10.00");
        long repriced = product("REPRICED", "20.00");

        Map<String, Object> preview = upload(HEADER
                + row("KEPT", "10.00") + row("REPRICED", "25.00") + row("NEW", "30.00"));

        assertThat(counts(preview)).containsEntry("CREATE", 1).containsEntry("UPDATE", 1).containsEntry("UNCHANGED", 1);
        List<Map<String, Object>> rows = rows(preview, "");
        assertThat(rows).extracting(r -> r.get("line"), r -> r.get("outcome"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "UNCHANGED"),
                        org.assertj.core.groups.Tuple.tuple(3, "UPDATE"), org.assertj.core.groups.Tuple.tuple(4, "CREATE"));
        assertThat(rows.get(1).get("changes")).isEqualTo(Map.of("price", Map.of("from", "20.00", "to", "25.00")));
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku = ?", prefix + "NEW")).isZero();
        assertThat(admin.get("/admin/api/products/" + repriced).json()).containsEntry("price", "20.00");
        assertThat(kept).isPositive();
    }

    @Test
    void confirmingAppliesThePreviewWithHistoryAsTheImportersChange() {
        long repriced = product("REPRICED", "20.00");
        Map<String, Object> preview = upload(HEADER + row("REPRICED", "25.00") + row("NEW", "30.00"));
        long importId = importId(preview);

        ApiClient.Response confirmed = admin.post("/admin/api/imports/" + importId + "/confirm", null);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(counts(confirmed.json())).containsEntry("APPLIED", 2);
        assertThat(admin.get("/admin/api/products/" + repriced).json()).containsEntry("price", "25.00");
        long created = TestDatabase.fresh().insert("SELECT id FROM product WHERE sku = ?", prefix + "NEW");
        for (long id : List.of(repriced, created)) {
            Map<String, Object> newest = newestHistory(id);
            assertThat(newest).containsEntry("actor", ADMIN)
                    .containsEntry("origin", Map.of("kind", "IMPORT", "id", (int) importId));
        }
        assertThat(newestHistory(created)).containsEntry("action", "CREATE");
        assertThat(admin.post("/admin/api/imports/" + importId + "/confirm", null).status())
                .as("applied once only").isEqualTo(409);
    }

    @Test
    void aProductChangedSinceThePreviewIsAConflictNotOverwritten() {
        long repriced = product("REPRICED", "20.00");
        long other = product("OTHER", "1.00");
        Map<String, Object> preview = upload(HEADER + row("REPRICED", "25.00") + row("OTHER", "2.00"));
        Map<String, Object> edit = new LinkedHashMap<>(admin.get("/admin/api/products/" + repriced).json());
        edit.keySet().retainAll(Set.of("sku", "name", "description", "price", "currency", "stock", "categoryId",
                "brandId", "version"));
        edit.put("price", "21.00");
        assertThat(admin.put("/admin/api/products/" + repriced, edit).status()).isEqualTo(200);

        Map<String, Object> confirmed = admin.post("/admin/api/imports/" + importId(preview) + "/confirm", null).json();

        assertThat(counts(confirmed)).containsEntry("APPLIED", 1).containsEntry("CONFLICT", 1);
        assertThat(admin.get("/admin/api/products/" + repriced).json()).containsEntry("price", "21.00");
        assertThat(admin.get("/admin/api/products/" + other).json()).containsEntry("price", "2.00");
        assertThat(rows(confirmed, "")).filteredOn(r -> "CONFLICT".equals(r.get("result")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("sku", prefix + "REPRICED"));
    }

    @Test
    void aMoveToACategoryDeletedSinceThePreviewIsAConflict() {
        long moved = product("MOVED", "4.00");
        String gone = category + "-gone";
        long goneId = id(admin.post("/admin/api/categories", Map.of("slug", gone, "name", "Soon gone")));
        Map<String, Object> preview = upload(HEADER + prefix + "MOVED,Product MOVED,," + gone + ",unbranded,4.00,EUR,5,DRAFT\n");
        assertThat(admin.delete("/admin/api/categories/" + goneId).status()).isEqualTo(204);

        ApiClient.Response confirmed = admin.post("/admin/api/imports/" + importId(preview) + "/confirm", null);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(counts(confirmed.json())).containsEntry("CONFLICT", 1);
        assertThat(admin.get("/admin/api/products/" + moved).json().get("categoryId")).isNotEqualTo((int) goneId);
    }

    @Test
    void aProductDeletedAndRestoredSinceThePreviewIsAConflictThoughItsVersionIsTheSame() {
        long id = product("REBORN", "4.00");
        Map<String, Object> preview = upload(HEADER + row("REBORN", "9.00"));
        admin.delete("/admin/api/products/" + id);
        assertThat(admin.post("/admin/api/products/" + id + "/restore", null).json()).containsEntry("version", 0);

        Map<String, Object> confirmed = admin.post("/admin/api/imports/" + importId(preview) + "/confirm", null).json();

        assertThat(counts(confirmed)).containsEntry("CONFLICT", 1);
        assertThat(admin.get("/admin/api/products/" + id).json()).containsEntry("price", "4.00");
    }

    @Test
    void aRowWithErrorsListsEveryOneAndBlocksTheConfirm() {
        Map<String, Object> preview = upload(HEADER
                + prefix + "BAD,\" =HYPERLINK(\"\"http://evil\"\")\",,no-such-category,unbranded,-3,EUR,many,DRAFT\n"
                + row("FINE", "1.00"));

        assertThat(counts(preview)).containsEntry("ERROR", 1).containsEntry("CREATE", 1);
        Map<String, Object> bad = rows(preview, "?outcome=ERROR").get(0);
        assertThat(bad).containsEntry("line", 2);
        assertThat(invalidNames(bad)).contains("name", "category", "stock");
        ApiClient.Response confirm = admin.post("/admin/api/imports/" + importId(preview) + "/confirm", null);
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.json()).containsEntry("code", "import.not-confirmable");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku LIKE ? || '%'", prefix)).isZero();
    }

    @Test
    void filesWrongAsAWholeAreRefusedAndChangeNothing() {
        int before = TestDatabase.fresh().count("SELECT 1 FROM product_import");

        assertRefused(upload("sku,name,colour\n", 400), "import.unknown-columns");
        assertRefused(upload("sku,name\n" + prefix + "A,x\n", 400), "import.missing-columns");
        assertRefused(upload(HEADER + row("TWICE", "1.00") + row("TWICE", "2.00"), 400), "import.duplicate-sku");
        byte[] latin1 = (HEADER + prefix + "LATIN,Caf\u00e9,," + category + ",unbranded,1.00,EUR,1,DRAFT\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(admin.postBytes("/admin/api/imports", "text/csv", latin1), "import.not-utf8");
        assertRefused(upload(HEADER + row("BIG", "1.00").repeat(1).concat(",".repeat(70_000)) + "\n", 413),
                "import.too-big");
        assertRefused(upload(HEADER, 400), "import.no-rows");

        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product_import")).isEqualTo(before);
    }

    @Test
    void theExportImportsBackUnchanged() {
        long tricky = product("TRICKY", "3.00");
        Map<String, Object> edit = new LinkedHashMap<>(admin.get("/admin/api/products/" + tricky).json());
        edit.keySet().retainAll(Set.of("sku", "description", "price", "currency", "stock", "categoryId", "brandId", "version"));
        edit.put("name", "=1+1 \"quoted\", with comma");
        assertThat(admin.put("/admin/api/products/" + tricky, edit).status()).isEqualTo(200);
        ApiClient page = admin.withHeader("Accept", "text/csv");
        String export = page.get("/admin/exports/products.csv?q=" + prefix).body();

        Map<String, Object> preview = upload(export);

        assertThat(counts(preview)).containsEntry("UNCHANGED", 1).doesNotContainKeys("CREATE", "UPDATE", "ERROR");
    }

    @Test
    void viewersCannotImport() {
        String viewer = "import-viewer-" + NAMES.incrementAndGet();
        accounts.create(viewer, StaffRole.VIEWER);
        ApiClient client = ApiClient.at(server.getURL().toString()).as(viewer, StaffAccounts.password(viewer));

        assertThat(client.postBytes("/admin/api/imports", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
    }

    private String row(String sku, String price) {
        return prefix + sku + ",Product " + sku + ",," + category + ",unbranded," + price + ",EUR,5,DRAFT\n";
    }

    private long product(String sku, String price) {
        return id(admin.post("/admin/api/products", Map.of("sku", prefix + sku, "name", "Product " + sku,
                "price", price, "currency", "EUR", "stock", 5,
                "categoryId", TestDatabase.fresh().insert("SELECT id FROM category WHERE slug = ?", category),
                "brandId", CatalogFixtures.unbrandedId())));
    }

    private Map<String, Object> upload(String csv) {
        ApiClient.Response response = upload(csv, 201);
        return response.json();
    }

    private ApiClient.Response upload(String csv, int status) {
        ApiClient.Response response = admin.postBytes("/admin/api/imports?fileName=test.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    private static void assertRefused(ApiClient.Response response, String code) {
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).as(response.toString()).containsEntry("code", code);
        assertThat((String) response.json().get("detail")).endsWith("Nothing was changed.");
    }

    @SuppressWarnings("unchecked")
    private static long importId(Map<String, Object> summary) {
        return ((Number) ((Map<String, Object>) summary.get("header")).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> summary) {
        return (Map<String, Object>) summary.get("counts");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(Map<String, Object> summary, String query) {
        ApiClient.Response rows = admin.get("/admin/api/imports/" + importId(summary) + "/rows" + query);
        assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) rows.json().get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> invalidNames(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("errors")).stream().map(e -> e.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> newestHistory(long id) {
        return ((List<Map<String, Object>>) admin.get("/admin/api/products/" + id + "/history").json().get("items")).get(0);
    }
}
