package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CategoryPagesIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    StaffBrowser editor;

    @BeforeAll
    void signIn() {
        editor = StaffBrowser.signedIn(server.getURL().toString(), ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void addedCategoryIsListedWithItsProductCount() {
        editor.get("/admin/categories/new");

        Page added = editor.post("/admin/categories/new", Map.of("slug", "lamps-ui", "name", "Lamps", "description", ""));

        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        assertThat(editor.get("/admin/categories").body()).contains("Lamps").contains("lamps-ui");
    }

    @Test
    void takenSlugIsAFieldErrorAndNothingIsSaved() {
        editor.get("/admin/categories/new");
        editor.post("/admin/categories/new", Map.of("slug", "taken-ui", "name", "First", "description", ""));
        editor.get("/admin/categories/new");

        Page page = editor.post("/admin/categories/new", Map.of("slug", "taken-ui", "name", "Second", "description", ""));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("already used by another category").contains("value=\"Second\"");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM category WHERE slug = 'taken-ui'")).isEqualTo(1);
    }

    @Test
    void categoryWithProductsIsNotDeleted() {
        ApiClient api = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        long id = CatalogFixtures.createCategory(api);
        CatalogFixtures.createProduct(api, id);
        editor.get("/admin/categories/" + id + "/delete");

        Page refused = editor.post("/admin/categories/" + id + "/delete", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM category WHERE id = ?", id)).isEqualTo(1);
    }
}
