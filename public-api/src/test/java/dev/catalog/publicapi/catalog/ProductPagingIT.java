package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.catalog.publicapi.catalog.CatalogFixtures.archivedTurntable;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audio;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audioCable;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audioCables;
import static dev.catalog.publicapi.catalog.CatalogFixtures.draftSpeaker;
import static dev.catalog.publicapi.catalog.CatalogFixtures.studioHeadphones;
import static dev.catalog.publicapi.catalog.CatalogFixtures.unusedSlug;
import static dev.catalog.publicapi.catalog.ProductListing.items;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset pages of published products. The catalog is shared by every test class, so most tests list a
 * category of their own.
 */
@IntegrationTest
class ProductPagingIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ProductListing listing;
    CategoryRow audio;

    @BeforeEach
    void setUp() {
        listing = new ProductListing(ApiClient.at(server.getURL().toString()));
        audio = audio();
    }

    @Test
    void pagingThroughACategoryYieldsEveryPublishedProductOnceInIdOrder() {
        List<ProductRow> published = new ArrayList<>();
        published.add(studioHeadphones(audio));
        draftSpeaker(audio);
        published.addAll(audioCables(audio, 2));
        archivedTurntable(audio);
        published.addAll(audioCables(audio, 2));

        List<Long> listed = listing.allIds("category=" + audio.slug() + "&limit=2");

        assertThat(listed).containsExactlyElementsOf(published.stream().map(ProductRow::id).toList());
    }

    @Test
    void pagesHoldAtMostTheLimitAndOnlyTheLastHasNoNextCursor() {
        audioCables(audio, 5);

        List<Map<String, Object>> pages = listing.pages("category=" + audio.slug() + "&limit=2");

        assertThat(pages).extracting(page -> items(page).size()).containsExactly(2, 2, 1);
        assertThat(pages).extracting(page -> page.get("nextCursor") != null).containsExactly(true, true, false);
    }

    @Test
    void fullLastPageHasNoNextCursor() {
        audioCables(audio, 4);

        List<Map<String, Object>> pages = listing.pages("category=" + audio.slug() + "&limit=2");

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).containsEntry("nextCursor", null);
    }

    @Test
    void categoryWithOnlyDraftAndArchivedProductsListsNothing() {
        draftSpeaker(audio);
        archivedTurntable(audio);

        Map<String, Object> page = listing.page("category=" + audio.slug());

        assertThat(items(page)).isEmpty();
        assertThat(page).containsEntry("nextCursor", null);
    }

    @Test
    void limitDefaultsToTwenty() {
        audioCables(audio, 21);

        Map<String, Object> page = listing.page("category=" + audio.slug());

        assertThat(items(page)).hasSize(20);
        assertThat(page.get("nextCursor")).isNotNull();
    }

    @Test
    void limitOfOneHundredIsAccepted() {
        audioCables(audio, 3);

        Map<String, Object> page = listing.page("category=" + audio.slug() + "&limit=100");

        assertThat(items(page)).hasSize(3);
    }

    @Test
    void listedProductsHaveThePublicShape() {
        studioHeadphones(audio);

        Map<String, Object> item = items(listing.page("category=" + audio.slug())).get(0);

        assertThat(item).containsEntry("price", "19.99")
                .containsEntry("category", Map.of("slug", audio.slug(), "name", audio.name()));
    }

    @Test
    void listWithoutCategorySpansEveryCategoryAndHidesUnpublished() {
        CategoryRow otherAudio = audio();
        ProductRow headphones = studioHeadphones(audio);
        ProductRow cable = audioCable(otherAudio);
        ProductRow speaker = draftSpeaker(audio);
        ProductRow turntable = archivedTurntable(otherAudio);

        List<Long> listed = listing.allIds("limit=100");

        assertThat(listed).contains(headphones.id(), cable.id()).doesNotContain(speaker.id(), turntable.id());
        assertThat(listed).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unknownCategoryListsNothing() {
        Map<String, Object> page = listing.page("category=" + unusedSlug());

        assertThat(items(page)).isEmpty();
        assertThat(page).containsEntry("nextCursor", null);
    }
}
