package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.catalog.publicapi.catalog.CatalogFixtures.audio;
import static dev.catalog.publicapi.catalog.CatalogFixtures.audioCables;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad list parameters are a 400 problem that names every one of them, never a page of something else. */
@IntegrationTest
class ProductListParametersIT implements PublicApiTestDatabase {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    CategoryRow audio;

    @BeforeEach
    void setUp() {
        api = ApiClient.at(server.getURL().toString());
        audio = audio();
        audioCables(audio, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "2.5", ""})
    void limitOutOfRangeOrNotAWholeNumberIsRejected(String limit) {
        ApiClient.Response response = api.get("/api/v1/products?limit=" + limit);

        assertRejected(response, "limit");
    }

    @Test
    void badCategorySlugIsRejected() {
        ApiClient.Response response = api.get("/api/v1/products?category=Audio_Gear");

        assertRejected(response, "category");
    }

    @Test
    void malformedCursorIsRejected() {
        ApiClient.Response response = api.get("/api/v1/products?cursor=page-2");

        assertRejected(response, "cursor");
    }

    @Test
    void forgedCursorIsRejected() {
        String forged = base64("v1;sort=id;category=\n0") + "." + base64("not the signature");

        ApiClient.Response response = api.get("/api/v1/products?cursor=" + forged);

        assertRejected(response, "cursor");
    }

    @Test
    void tamperedCursorIsRejected() {
        String tampered = rewound(firstCursorOf(audio));

        ApiClient.Response response = api.get("/api/v1/products?category=" + audio.slug() + "&cursor=" + tampered);

        assertRejected(response, "cursor");
    }

    @Test
    void cursorFromAnotherCategoryIsRejected() {
        CategoryRow otherAudio = audio();
        audioCables(otherAudio, 2);

        ApiClient.Response response = api.get(
                "/api/v1/products?category=" + otherAudio.slug() + "&cursor=" + firstCursorOf(audio));

        assertRejected(response, "cursor");
    }

    @Test
    void cursorFromACategoryIsRejectedWithoutThatCategory() {
        ApiClient.Response response = api.get("/api/v1/products?cursor=" + firstCursorOf(audio));

        assertRejected(response, "cursor");
    }

    @Test
    void everyBadParameterIsListedAtOnce() {
        ApiClient.Response response = api.get("/api/v1/products?limit=0&cursor=page-2&category=Audio_Gear");

        assertRejected(response, "limit", "category", "cursor");
        assertThat(response.json()).containsEntry("detail", "3 query parameter(s) are invalid");
    }

    private String firstCursorOf(CategoryRow category) {
        return (String) new ProductListing(api).page("limit=1&category=" + category.slug()).get("nextCursor");
    }

    // Keeps the signature but moves the position back to the start, as a client replaying pages might.
    private static String rewound(String cursor) {
        String[] parts = cursor.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String scope = payload.substring(0, payload.indexOf('\n'));
        return base64(scope + "\n0") + "." + parts[1];
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(ApiClient.Response response, String... parameters) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("code", "invalid-query").containsEntry("status", 400);
        assertThat(response.invalidNames()).containsExactlyInAnyOrder(parameters);
        assertThat(errorsOf(response)).allSatisfy(error -> assertThat((String) error.get("reason")).isNotBlank());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errorsOf(ApiClient.Response response) {
        return (List<Map<String, Object>>) response.json().get("errors");
    }
}
