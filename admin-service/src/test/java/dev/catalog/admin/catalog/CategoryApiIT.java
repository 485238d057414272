package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static dev.catalog.admin.catalog.CatalogFixtures.kitchen;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CategoryApiIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void createAnswers201WithLocationAndStoredCategory() {
        Map<String, Object> command = kitchen();

        ApiClient.Response created = admin.post("/admin/api/categories", command);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/admin/api/categories/" + id(created));
        assertThat(created.json()).containsEntry("slug", command.get("slug")).containsEntry("version", 0)
                .containsKeys("createdAt", "updatedAt");
    }

    @Test
    void invalidCategoryIsRejectedWithProblemListingEveryBadField() {
        ApiClient.Response response = admin.post("/admin/api/categories",
                Map.of("slug", "Not A Slug--", "name", "", "description", "x".repeat(2_001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("code", "validation-failed");
        assertThat(response.invalidNames()).containsExactlyInAnyOrder("slug", "name", "description");
    }

    @Test
    void duplicateSlugIsAConflict() {
        Map<String, Object> command = kitchen();
        admin.post("/admin/api/categories", command);

        ApiClient.Response duplicate = admin.post("/admin/api/categories", command);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json()).containsEntry("code", "category.slug-taken");
        assertThat(duplicate.invalidNames()).containsExactly("slug");
    }

    @Test
    void updateWithIfMatchSaves() {
        long id = createCategory(admin);
        Map<String, Object> edit = kitchen();

        ApiClient.Response updated = admin.put("/admin/api/categories/" + id, edit, "If-Match", "\"0\"");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("name", edit.get("name")).containsEntry("version", 1);
    }

    @Test
    void staleVersionEditIsAConflictAndChangesNothing() {
        long id = createCategory(admin);
        Map<String, Object> first = kitchen();
        first.put("version", 0);
        admin.put("/admin/api/categories/" + id, first);
        Map<String, Object> stale = kitchen();
        stale.put("version", 0);

        ApiClient.Response response = admin.put("/admin/api/categories/" + id, stale);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json()).containsEntry("code", "category.version-conflict");
        assertThat(admin.get("/admin/api/categories/" + id).json()).containsEntry("name", first.get("name"));
    }

    @Test
    void ifMatchThatDisagreesWithBodyVersionIsRejected() {
        long id = createCategory(admin);
        Map<String, Object> edit = kitchen();
        edit.put("version", 0);

        ApiClient.Response response = admin.put("/admin/api/categories/" + id, edit, "If-Match", "\"7\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidNames()).containsExactly("If-Match");
    }

    @Test
    void deletingCategoryWithProductsIsAConflict() {
        long id = createCategory(admin);
        createProduct(admin, id);

        ApiClient.Response response = admin.delete("/admin/api/categories/" + id);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json()).containsEntry("code", "category.in-use");
        assertThat(admin.get("/admin/api/categories/" + id).status()).isEqualTo(200);
    }

    @Test
    void deletingEmptyCategoryAnswers204() {
        long id = createCategory(admin);

        ApiClient.Response response = admin.delete("/admin/api/categories/" + id);

        assertThat(response.status()).isEqualTo(204);
        assertThat(admin.get("/admin/api/categories/" + id).status()).isEqualTo(404);
    }

    @Test
    void unknownIdIsA404Problem() {
        ApiClient.Response response = admin.delete("/admin/api/categories/424242424");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).containsEntry("code", "category.not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listIsSortedAsAsked() {
        createCategory(admin);
        createCategory(admin);

        ApiClient.Response page = admin.get("/admin/api/categories?size=100&sort=slug,desc");

        List<String> slugs = ((List<Map<String, Object>>) page.json().get("items")).stream()
                .map(category -> (String) category.get("slug")).toList();
        assertThat(slugs).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(Comparator.reverseOrder());
    }
}
