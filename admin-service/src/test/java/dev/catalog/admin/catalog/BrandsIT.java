package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.catalog.admin.catalog.CatalogFixtures.createBrand;
import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.espressoMachine;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static dev.catalog.admin.catalog.CatalogFixtures.sonora;
import static org.assertj.core.api.Assertions.assertThat;

/** Brands, managed like categories in the API and the staff pages, and a product's required brand. */
@IntegrationTest
class BrandsIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient admin;
    StaffBrowser editor;
    long categoryId;

    @BeforeAll
    void signIn() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        editor = StaffBrowser.signedIn(server.getURL().toString(), ADMIN, ADMIN_PASSWORD);
        categoryId = createCategory(admin);
    }

    @Test
    void aBrandIsCreatedChangedWithItsVersionAndListed() {
        Map<String, Object> command = sonora();
        ApiClient.Response created = admin.post("/admin/api/brands", command);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/admin/api/brands/" + id(created));

        Map<String, Object> renamed = Map.of("slug", command.get("slug"), "name", "Sonora Home");
        ApiClient.Response stale = admin.put("/admin/api/brands/" + id(created), renamed, "If-Match", "\"7\"");
        ApiClient.Response saved = admin.put("/admin/api/brands/" + id(created), renamed, "If-Match", "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("name", "Sonora Home").containsEntry("version", 1);
        assertThat(admin.get("/admin/api/brands?size=100&sort=name").body()).contains("Sonora Home");
        assertThat(admin.get("/admin/api/brands/" + id(created) + "/history").json().get("items"))
                .asList().hasSize(2);
    }

    @Test
    void aTakenSlugAndABadBrandAreProblemsNamingTheField() {
        Map<String, Object> command = sonora();
        admin.post("/admin/api/brands", command);

        ApiClient.Response taken = admin.post("/admin/api/brands", command);
        ApiClient.Response invalid = admin.post("/admin/api/brands", Map.of("slug", "Not A Slug", "name", " "));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json()).containsEntry("code", "brand.slug-taken");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.invalidNames()).containsExactlyInAnyOrder("slug", "name");
    }

    @Test
    void aBrandWithProductsIsNotDeletedAndOneWithoutIs() {
        long used = createBrand(admin);
        Map<String, Object> product = espressoMachine(categoryId);
        product.put("brandId", used);
        assertThat(admin.post("/admin/api/products", product).status()).isEqualTo(201);
        long unused = createBrand(admin);

        ApiClient.Response refused = admin.delete("/admin/api/brands/" + used);
        ApiClient.Response deleted = admin.delete("/admin/api/brands/" + unused);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json()).containsEntry("code", "brand.in-use");
        assertThat(deleted.status()).isEqualTo(204);
    }

    @Test
    void theBrandProductsGetWithoutOneKeepsItsSlugAndStays() {
        long unbranded = CatalogFixtures.unbrandedId();
        Map<String, Object> current = admin.get("/admin/api/brands/" + unbranded).json();

        ApiClient.Response reslugged = admin.put("/admin/api/brands/" + unbranded,
                Map.of("slug", "no-brand", "name", "No brand", "version", current.get("version")));
        ApiClient.Response deleted = admin.delete("/admin/api/brands/" + unbranded);
        ApiClient.Response renamed = admin.put("/admin/api/brands/" + unbranded,
                Map.of("slug", "unbranded", "name", "No brand", "version", current.get("version")));
        admin.put("/admin/api/brands/" + unbranded,
                Map.of("slug", "unbranded", "name", "Unbranded", "version", renamed.json().get("version")));

        assertThat(reslugged.status()).isEqualTo(409);
        assertThat(reslugged.json()).containsEntry("code", "brand.reserved");
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    @Test
    void aProductNeedsABrandAndItsChangeIsInTheHistory() {
        Map<String, Object> withoutBrand = espressoMachine(categoryId);
        withoutBrand.remove("brandId");
        assertThat(admin.post("/admin/api/products", withoutBrand).invalidNames()).containsExactly("brandId");

        Map<String, Object> product = createProduct(admin, categoryId);
        Map<String, Object> madeBeforeBrands = new java.util.LinkedHashMap<>(product);
        madeBeforeBrands.remove("brandId");
        madeBeforeBrands.put("name", "Renamed by a script written before brands");
        ApiClient.Response kept = admin.put("/admin/api/products/" + id(product), madeBeforeBrands);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json()).containsEntry("brandId", product.get("brandId"));
        product = kept.json();
        long sonora = createBrand(admin);
        Map<String, Object> edit = new java.util.LinkedHashMap<>(product);
        edit.put("brandId", sonora);
        ApiClient.Response saved = admin.put("/admin/api/products/" + id(product), edit);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("brandId", (int) sonora);
        assertThat(admin.get("/admin/api/products/" + id(product) + "/history").body())
                .contains("\"brandId\"").contains("\"to\":\"" + sonora + "\"");
    }

    @Test
    void theStaffPagesAddABrandAndTheProductListFiltersShowsAndExportsIt() {
        editor.get("/admin/brands/new");
        Page added = editor.post("/admin/brands/new", Map.of("slug", "kestrel-ui", "name", "Kestrel UI"));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        long kestrel = Long.parseLong(TestDatabase.fresh().text("SELECT id FROM brand WHERE slug = 'kestrel-ui'"));
        assertThat(editor.get("/admin/brands").body()).contains("Kestrel UI").contains("kestrel-ui");

        Map<String, Object> product = espressoMachine(categoryId);
        product.put("brandId", kestrel);
        String sku = (String) admin.post("/admin/api/products", product).json().get("sku");
        createProduct(admin, categoryId);

        Page list = editor.get("/admin/products?brand=" + kestrel);
        Page csv = editor.get("/admin/exports/products.csv?brand=" + kestrel);

        assertThat(list.body()).contains(sku).contains("Kestrel UI").contains("By brand");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).startsWith("id,sku,name,description,category,brand,").contains(",kestrel-ui,");
    }

    @Test
    void theProductFormAsksForABrand() {
        Page form = editor.get("/admin/products/new");

        assertThat(form.body()).contains("<select id=\"brandId\" name=\"brandId\"").contains("Unbranded");
        Page refused = editor.post("/admin/products/new", Map.of("sku", "NO-BRAND-UI", "name", "No brand",
                "description", "", "price", "1.00", "currency", "EUR", "stock", "1",
                "categoryId", Long.toString(categoryId), "brandId", "", "status", "DRAFT"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("choose a brand");
    }
}
