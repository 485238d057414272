package dev.catalog.admin.staff;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffAuthenticationIT implements AdminTestDatabase {

    private static final Map<String, Object> GARDEN = Map.of("slug", "garden-auth-test", "name", "Garden");

    @Inject
    EmbeddedServer server;
    @Inject
    StaffRepository staff;
    @Inject
    PasswordHasher hasher;

    @Test
    void anonymousRequestIsA401ProblemWithBasicChallenge() {
        ApiClient.Response response = anonymous().get("/admin/api/products");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsA401() {
        assertThat(anonymous().as(ADMIN, "not-the-password").get("/admin/api/products").status()).isEqualTo(401);
    }

    @Test
    void unknownUserIsA401() {
        assertThat(anonymous().as("nobody", ADMIN_PASSWORD).get("/admin/api/products").status()).isEqualTo(401);
    }

    @Test
    void firstAdministratorWasCreatedWithAHashedPassword() throws SQLException {
        try (Connection connection = TestDatabase.fresh().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT password_hash, role FROM staff_user WHERE username = ?")) {
            select.setString(1, ADMIN);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("password_hash")).startsWith("$2").doesNotContain(ADMIN_PASSWORD);
                assertThat(row.getString("role")).isEqualTo("ADMIN");
            }
        }
    }

    @Test
    void viewerCanReadButNotEdit() {
        ApiClient viewer = staffMember("viewer-one", StaffRole.VIEWER, true);

        assertThat(viewer.get("/admin/api/categories").status()).isEqualTo(200);
        ApiClient.Response refused = viewer.post("/admin/api/categories", GARDEN);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void editorCanEdit() {
        ApiClient editor = staffMember("editor-one", StaffRole.EDITOR, true);

        ApiClient.Response created = editor.post("/admin/api/categories",
                Map.of("slug", "editor-made", "name", "Made by an editor"));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void deactivatedUserIsRefused() {
        ApiClient former = staffMember("former-staff", StaffRole.EDITOR, false);

        assertThat(former.get("/admin/api/categories").status()).isEqualTo(401);
    }

    @Test
    void healthNeedsNoLogin() {
        assertThat(anonymous().get("/health/readiness").status()).isEqualTo(200);
    }

    private ApiClient anonymous() {
        return ApiClient.at(server.getURL().toString());
    }

    private ApiClient staffMember(String username, StaffRole role, boolean active) {
        String password = username + "-secret-pw";
        staff.save(new StaffUser(null, username, hasher.hash(password), role, active, null, null, null));
        return anonymous().as(username, password);
    }
}
