package dev.catalog.admin.web;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiDocsIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void documentDescribesTheJsonApiOnlyWithBothWaysToAuthenticate() {
        StaffBrowser staff = StaffBrowser.signedIn(server.getURL().toString(), ADMIN, ADMIN_PASSWORD);

        Page document = staff.get("/admin/api-docs/spec/admin-api.yml");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/admin/api/products:").contains("/admin/api/tokens:")
                .contains("scheme: basic").contains("scheme: bearer")
                .doesNotContain("/admin/login").doesNotContain("/admin/products/{id}/delete");
    }

    @Test
    void docsPageAndItsAssetsAreServedBySignedInStaff() {
        StaffBrowser staff = StaffBrowser.signedIn(server.getURL().toString(), ADMIN, ADMIN_PASSWORD);

        assertThat(staff.get("/admin/api-docs").body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        assertThat(staff.get("/admin/api-docs/res/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        StaffBrowser anonymous = new StaffBrowser(server.getURL().toString());

        assertThat(anonymous.get("/admin/api-docs").location()).startsWith("/admin/login");
        assertThat(anonymous.get("/admin/api-docs/spec/admin-api.yml").status()).isIn(303, 401);
    }
}
