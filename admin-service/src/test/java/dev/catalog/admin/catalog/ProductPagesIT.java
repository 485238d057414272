package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProductPagesIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    long categoryId;
    StaffBrowser editor;

    @BeforeAll
    void signIn() {
        categoryId = CatalogFixtures.createCategory(api());
        editor = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void searchFindsProductsBySkuSubstringAndKeepsTheQueryInTheLinks() {
        Map<String, Object> product = CatalogFixtures.createProduct(api(), categoryId);
        String sku = (String) product.get("sku");

        Page page = editor.get("/admin/products?q=" + sku.substring(1) + "&status=DRAFT");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(sku).contains("1 matching").contains("q=" + sku.substring(1));
    }

    @Test
    void sortHeaderTogglesTheDirection() {
        Page ascending = editor.get("/admin/products?sort=price");

        assertThat(ascending.body()).contains("href=\"/admin/products?sort=-price\"").contains("sorted-asc");
    }

    @Test
    void invalidFormComesBackWithTheInputAndAMessageNextToEachBadField() {
        editor.get("/admin/products/new");

        Page page = editor.post("/admin/products/new", form("bad sku", "", "12.345", "7"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("value=\"bad sku\"").contains("value=\"12.345\"")
                .contains("must be 2 to 32 upper-case letters").contains("field-error");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE sku = 'BAD SKU'")).isZero();
    }

    @Test
    void savedEditShowsInTheProductHistory() {
        long id = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        Page form = editor.get("/admin/products/" + id);

        Page saved = editor.post("/admin/products/" + id, withVersion(form, form("HIST-" + id, "Renamed", "31.00", "2")));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(editor.get("/admin/products/" + id).body()).contains("was changed");
        assertThat(editor.get("/admin/products/" + id + "/history").body())
                .contains("Renamed").contains("31.00").contains(ADMIN);
    }

    @Test
    void staleVersionShowsTheOtherPersonsValuesAndSavesNothing() {
        long id = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        Page opened = editor.get("/admin/products/" + id);
        Map<String, String> mine = withVersion(opened, form("MINE-" + id, "My name", "10.00", "1"));
        Map<String, String> theirs = withVersion(opened, form("THEIRS-" + id, "Their name", "20.00", "2"));
        assertThat(editor.post("/admin/products/" + id, theirs).status()).isEqualTo(303);

        Page conflict = editor.post("/admin/products/" + id, mine);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Someone else saved this product").contains("Their name")
                .contains("value=\"My name\"");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ? AND name = 'Their name'", id))
                .isEqualTo(1);
    }

    @Test
    void viewerWhoPostsTheEditFormGets403AndNothingChanges() {
        long id = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        accounts.create("viewer-pages", StaffRole.VIEWER);
        StaffBrowser viewer = StaffBrowser.signedIn(url(), "viewer-pages", StaffAccounts.password("viewer-pages"));
        Page form = viewer.get("/admin/products/" + id);

        Page refused = viewer.post("/admin/products/" + id, withVersion(form, form("VIEW-" + id, "Hacked", "1.00", "1")));

        assertThat(form.body()).contains("disabled").doesNotContain(">Save<");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ? AND name = 'Hacked'", id)).isZero();
    }

    @Test
    void bulkPublishChangesEverySelectedProductAndRecordsEach() {
        long first = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        long second = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        editor.get("/admin/products");

        Page done = editor.postRaw("/admin/products/bulk", StaffBrowser.encodeRepeated(
                Map.of("csrfToken", editor.csrfToken(), "action", "publish"), "selected", List.of(first, second)));

        assertThat(done.status()).isEqualTo(303);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id IN (?, ?) AND status = 'PUBLISHED'",
                first, second)).isEqualTo(2);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM audit_entry WHERE action = 'PUBLISH' AND object_id IN (?, ?)",
                first, second)).isEqualTo(2);
    }

    @Test
    void bulkDeleteListsWhatWillBeDeletedBeforeDeletingIt() {
        long id = CatalogFixtures.id(CatalogFixtures.createProduct(api(), categoryId));
        editor.get("/admin/products");
        String selected = StaffBrowser.encodeRepeated(Map.of("csrfToken", editor.csrfToken(), "action", "delete"),
                "selected", List.of(id));

        Page confirmation = editor.postRaw("/admin/products/bulk", selected);

        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Are you sure?").contains("action=\"/admin/products/bulk-delete\"");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ?", id)).isEqualTo(1);
        Page deleted = editor.postRaw("/admin/products/bulk-delete", StaffBrowser.encodeRepeated(
                Map.of("csrfToken", editor.csrfToken()), "selected", List.of(id)));
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM product WHERE id = ?", id)).isZero();
    }

    @Test
    void csvExportFollowsTheFiltersOfTheList() {
        Map<String, Object> product = CatalogFixtures.createProduct(api(), categoryId);
        String sku = (String) product.get("sku");

        Page csv = editor.get("/admin/exports/products.csv?q=" + sku + "&sort=sku");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).startsWith("id,sku,name,description,category,brand,").contains(sku + ",");
    }

    private static Map<String, String> form(String sku, String name, String price, String stock) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sku", sku);
        form.put("name", name);
        form.put("description", "");
        form.put("price", price);
        form.put("currency", "EUR");
        form.put("stock", stock);
        form.put("status", "DRAFT");
        return form;
    }

    private Map<String, String> withVersion(Page opened, Map<String, String> form) {
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("name=\"version\" value=\"(\\d+)\"").matcher(opened.body());
        assertThat(version.find()).as(opened.toString()).isTrue();
        Map<String, String> complete = new LinkedHashMap<>(form);
        complete.put("version", version.group(1));
        complete.put("categoryId", Long.toString(categoryId));
        complete.put("brandId", Long.toString(CatalogFixtures.unbrandedId()));
        return complete;
    }

    private ApiClient api() {
        return ApiClient.at(url()).as(ADMIN, ADMIN_PASSWORD);
    }

    private String url() {
        return server.getURL().toString();
    }
}
