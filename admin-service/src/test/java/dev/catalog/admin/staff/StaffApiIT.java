package dev.catalog.admin.staff;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff management in the admin API: administrators only, under the same rules as the staff pages. */
@IntegrationTest
class StaffApiIT implements AdminTestDatabase {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String STRONG = "violet-harbour-lantern-42";

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    ApiClient admin;
    String name;

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        name = "api-staff-" + NAMES.incrementAndGet();
    }

    @Test
    void anAdministratorAddsAStaffMemberWhoCanThenSignIn() {
        ApiClient.Response created = admin.post("/admin/api/staff",
                Map.of("username", name, "role", "EDITOR", "password", STRONG));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()).containsEntry("username", name).containsEntry("role", "EDITOR")
                .containsEntry("active", true).doesNotContainKey("passwordHash");
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/admin/api/staff/"));
        assertThat(as(name, STRONG).get("/admin/api/products").status()).isEqualTo(200);
        assertThat(items(admin.get("/admin/api/staff"))).extracting(member -> member.get("username")).contains(name);
    }

    @Test
    void theStaffRulesHoldInTheApi() {
        ApiClient.Response weak = admin.post("/admin/api/staff", Map.of("username", name, "role", "EDITOR", "password", "password"));
        ApiClient.Response badName = admin.post("/admin/api/staff", Map.of("username", "A B", "role", "EDITOR", "password", STRONG));
        ApiClient.Response selfDemotion = admin.put("/admin/api/staff/" + idOf(ADMIN),
                Map.of("role", "VIEWER", "active", true, "version", versionOf(ADMIN)));

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.invalidNames()).containsExactly("password");
        assertThat(badName.status()).isEqualTo(422);
        assertThat(badName.invalidNames()).containsExactly("username");
        assertThat(selfDemotion.status()).isEqualTo(422);
        assertThat(admin.get("/admin/api/staff/999999").status()).isEqualTo(404);
    }

    @Test
    void roleChangesNameTheirVersionAndDeactivationLocksOut() {
        accounts.create(name, StaffRole.VIEWER);
        long id = idOf(name);
        long version = versionOf(name);

        ApiClient.Response promoted = admin.put("/admin/api/staff/" + id, Map.of("role", "EDITOR", "active", true),
                "If-Match", "\"" + version + "\"");
        ApiClient.Response stale = admin.put("/admin/api/staff/" + id, Map.of("role", "ADMIN", "active", true, "version", version));
        ApiClient.Response noVersion = admin.put("/admin/api/staff/" + id, Map.of("role", "ADMIN", "active", true));

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.json()).containsEntry("role", "EDITOR");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(noVersion.status()).isEqualTo(428);
        assertThat(admin.put("/admin/api/staff/" + id, Map.of("role", "EDITOR", "active", false, "version", version + 1))
                .status()).isEqualTo(200);
        assertThat(as(name, StaffAccounts.password(name)).get("/admin/api/products").status()).isEqualTo(401);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        accounts.create(name, StaffRole.EDITOR);

        ApiClient.Response reset = admin.post("/admin/api/staff/" + idOf(name) + "/password", Map.of("password", STRONG));

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(as(name, StaffAccounts.password(name)).get("/admin/api/products").status()).isEqualTo(401);
        assertThat(as(name, STRONG).get("/admin/api/products").status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageStaff() {
        accounts.create(name, StaffRole.EDITOR);
        ApiClient editor = as(name, StaffAccounts.password(name));

        assertThat(editor.get("/admin/api/staff").status()).isEqualTo(403);
        assertThat(editor.post("/admin/api/staff", Map.of("username", name + "x", "role", "ADMIN", "password", STRONG))
                .status()).isEqualTo(403);
    }

    private ApiClient as(String username, String password) {
        return ApiClient.at(server.getURL().toString()).as(username, password);
    }

    private long idOf(String username) {
        return ((Number) member(username).get("id")).longValue();
    }

    private long versionOf(String username) {
        return ((Number) member(username).get("version")).longValue();
    }

    private Map<String, Object> member(String username) {
        return items(admin.get("/admin/api/staff")).stream().filter(m -> username.equals(m.get("username")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }
}
