package dev.catalog.admin.staff;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffManagementIT implements AdminTestDatabase {

    private static final String GOOD_PASSWORD = "violet-tractor-harbour-91";

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    StaffBrowser admin;

    @BeforeAll
    void signIn() {
        admin = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void addedMemberCanSignInWithTheirPassword() {
        Page added = add("new-editor", "EDITOR", GOOD_PASSWORD);

        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        assertThat(new StaffBrowser(url()).signIn("new-editor", GOOD_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void commonPasswordIsRefusedNextToTheFieldAndNeverEchoed() {
        Page page = add("weak-one", "VIEWER", "password123");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("too common").contains("value=\"weak-one\"").doesNotContain("password123");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_user WHERE username = 'weak-one'")).isZero();
    }

    @Test
    void editorCannotOpenOrPostStaffPages() {
        accounts.create("editor-no-staff", StaffRole.EDITOR);
        StaffBrowser editor = StaffBrowser.signedIn(url(), "editor-no-staff", StaffAccounts.password("editor-no-staff"));
        editor.get("/admin/");

        assertThat(editor.get("/admin/staff").status()).isEqualTo(403);
        assertThat(editor.post("/admin/staff/new", form("sneaky", "ADMIN", GOOD_PASSWORD)).status()).isEqualTo(403);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_user WHERE username = 'sneaky'")).isZero();
    }

    @Test
    void deactivatedMemberIsSignedOutAtOnce() {
        add("leaving-soon", "EDITOR", GOOD_PASSWORD);
        StaffBrowser leaving = StaffBrowser.signedIn(url(), "leaving-soon", GOOD_PASSWORD);
        long id = idOf("leaving-soon");

        Page saved = edit(id, "EDITOR", false);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(leaving.get("/admin/").status()).isEqualTo(303);
        assertThat(new StaffBrowser(url()).signIn("leaving-soon", GOOD_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void newRoleAppliesOnTheNextRequest() {
        add("demoted-soon", "EDITOR", GOOD_PASSWORD);
        StaffBrowser member = StaffBrowser.signedIn(url(), "demoted-soon", GOOD_PASSWORD);
        assertThat(member.get("/admin/products/new").status()).isEqualTo(200);

        edit(idOf("demoted-soon"), "VIEWER", true);

        assertThat(member.get("/admin/products/new").status()).isEqualTo(403);
    }

    @Test
    void administratorCannotDemoteThemselves() {
        Page refused = edit(idOf(ADMIN), "EDITOR", true);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("by yourself");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_user WHERE username = ? AND role = 'ADMIN'", ADMIN))
                .isEqualTo(1);
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentPassword() {
        add("changes-own", "VIEWER", GOOD_PASSWORD);
        StaffBrowser member = StaffBrowser.signedIn(url(), "changes-own", GOOD_PASSWORD);
        member.get("/admin/account");

        Page wrong = member.post("/admin/account", Map.of("current", "not-my-password",
                "password", "amber-glacier-piano-44", "confirmation", "amber-glacier-piano-44"));
        Page changed = member.post("/admin/account", Map.of("current", GOOD_PASSWORD,
                "password", "amber-glacier-piano-44", "confirmation", "amber-glacier-piano-44"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("is not your current password");
        assertThat(changed.status()).isEqualTo(303);
        assertThat(new StaffBrowser(url()).signIn("changes-own", "amber-glacier-piano-44").status()).isEqualTo(303);
    }

    @Test
    void staffChangesAreInTheHistoryWithoutAnyPassword() {
        add("audited-one", "VIEWER", GOOD_PASSWORD);

        edit(idOf("audited-one"), "EDITOR", true);

        assertThat(TestDatabase.fresh().count(
                "SELECT 1 FROM audit_entry WHERE object_type = 'staff_user' AND object_label = 'audited-one' AND actor = ?",
                ADMIN)).isEqualTo(2);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM audit_entry WHERE changes::text LIKE '%$2%' "
                + "OR changes::text LIKE ?", "%" + GOOD_PASSWORD + "%")).isZero();
    }

    private Page add(String username, String role, String password) {
        admin.get("/admin/staff/new");
        return admin.post("/admin/staff/new", form(username, role, password));
    }

    private Page edit(long id, String role, boolean active) {
        Page page = admin.get("/admin/staff/" + id);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(version.find()).as(page.toString()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("role", role, "version", version.group(1)));
        if (active) {
            fields.put("active", "on");
        }
        return admin.post("/admin/staff/" + id, fields);
    }

    private static Map<String, String> form(String username, String role, String password) {
        return Map.of("username", username, "role", role, "active", "on", "password", password,
                "confirmation", password);
    }

    private long idOf(String username) {
        Matcher id = Pattern.compile("href=\"/admin/staff/(\\d+)\">" + Pattern.quote(username) + "<")
                .matcher(admin.get("/admin/staff").body());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private String url() {
        return server.getURL().toString();
    }
}
