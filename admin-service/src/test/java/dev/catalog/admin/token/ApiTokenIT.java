package dev.catalog.admin.token;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void issuedTokenAuthenticatesWithTheOwnersRole() {
        String token = issue("deploy-script");

        ApiClient.Response response = bearer(token).post("/admin/api/categories",
                Map.of("slug", "token-made", "name", "Made by a token"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(admin().get("/admin/api/history?actor=" + ADMIN).body()).contains("token-made");
    }

    @Test
    void secretIsShownOnceAndStoredOnlyAsAHash() throws SQLException {
        String token = issue("hash-check");

        assertThat(admin().get("/admin/api/tokens").body()).contains("hash-check").doesNotContain(token);
        assertThat(TestDatabase.fresh().count(
                "SELECT 1 FROM api_token WHERE secret_sha256 = ?", dev.catalog.admin.signin.SecretHashes.sha256(token))).isEqualTo(1);
        assertThat(TestDatabase.fresh().count(
                "SELECT 1 FROM api_token WHERE strpos(secret_sha256, ?) > 0", token.substring(4, 12))).isZero();
    }

    @Test
    void revokedTokenIsRefused() {
        String token = issue("revoke-me");
        long id = idOf("revoke-me");

        assertThat(admin().delete("/admin/api/tokens/" + id).status()).isEqualTo(204);

        assertThat(bearer(token).get("/admin/api/products").status()).isEqualTo(401);
    }

    @Test
    void unknownTokenIsA401Problem() {
        ApiClient.Response response = bearer("cat_not-a-real-token").get("/admin/api/products");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void blankNameIsA400ListingTheField() {
        ApiClient.Response response = admin().post("/admin/api/tokens", Map.of("name", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidNames()).contains("name");
    }

    @Test
    void revokingSomeoneElsesTokenIsA404() {
        assertThat(admin().delete("/admin/api/tokens/999999").status()).isEqualTo(404);
    }

    private String issue(String name) {
        ApiClient.Response response = admin().post("/admin/api/tokens", Map.of("name", name));
        assertThat(response.status()).isEqualTo(201);
        return (String) response.json().get("token");
    }

    private long idOf(String name) {
        String body = admin().get("/admin/api/tokens").body();
        java.util.regex.Matcher id = java.util.regex.Pattern
                .compile("\\{\"id\":(\\d+),\"name\":\"" + name + "\"").matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return Long.parseLong(id.group(1));
    }

    private ApiClient admin() {
        return ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
    }

    private ApiClient bearer(String token) {
        return ApiClient.at(server.getURL().toString()).withHeader("Authorization", "Bearer " + token);
    }
}
