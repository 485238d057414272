package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.catalog.publicapi.catalog.CatalogFixtures.accessories;
import static dev.catalog.publicapi.catalog.CatalogFixtures.archivedTurntable;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audio;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audioCables;
import static dev.catalog.publicapi.catalog.CatalogFixtures.draftSpeaker;
import static dev.catalog.publicapi.catalog.CatalogFixtures.studioHeadphones;
import static org.assertj.core.api.Assertions.assertThat;

/** The category list; other test classes add categories too, so each test looks up its own by slug. */
@IntegrationTest
class CategoryListIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    CategoryRow audio;

    @BeforeEach
    void setUp() {
        api = ApiClient.at(server.getURL().toString());
        audio = audio();
    }

    @Test
    void categoryIsShownWithSlugNameAndDescription() {
        Map<String, Object> listed = listedCategory(audio);

        assertThat(listed).containsOnlyKeys("slug", "name", "description", "publishedProducts")
                .containsEntry("name", audio.name())
                .containsEntry("description", "Headphones, speakers and turntables.");
    }

    @Test
    void publishedCountLeavesOutDraftAndArchivedProducts() {
        studioHeadphones(audio);
        audioCables(audio, 2);
        draftSpeaker(audio);
        archivedTurntable(audio);

        assertThat(listedCategory(audio)).containsEntry("publishedProducts", 3);
    }

    @Test
    void categoryWithoutPublishedProductsIsListedWithZero() {
        draftSpeaker(audio);

        assertThat(listedCategory(audio)).containsEntry("publishedProducts", 0);
    }

    @Test
    void categoriesAreListedByNameNotByCreation() {
        CategoryRow accessories = accessories();

        List<String> slugs = categories().stream().map(category -> (String) category.get("slug")).toList();

        assertThat(slugs.indexOf(accessories.slug())).isNotNegative().isLessThan(slugs.indexOf(audio.slug()));
    }

    private Map<String, Object> listedCategory(CategoryRow category) {
        return categories().stream()
                .filter(listed -> category.slug().equals(listed.get("slug")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(category.slug() + " is not listed"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> categories() {
        ApiClient.Response response = api.get("/api/v1/categories");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return (List<Map<String, Object>>) response.json().get("items");
    }
}
