package dev.catalog.admin.signin;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.PasswordHasher;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffLoginIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffRepository staff;
    @Inject
    PasswordHasher hasher;

    @Test
    void anonymousVisitorIsSentToLoginAndBackAfterwards() {
        StaffBrowser browser = browser();
        Page page = browser.get("/admin/products?status=DRAFT");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/admin/login?next=");

        browser.get(page.location());
        Page signedIn = browser.post("/admin/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD,
                "next", "/admin/products?status=DRAFT"));
        assertThat(signedIn.location()).isEqualTo("/admin/products?status=DRAFT");
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteAndRotatedAtLogin() {
        StaffBrowser browser = browser();
        Page loginPage = browser.get("/admin/login");
        String anonymousId = browser.cookie("ADMIN_SESSION").orElseThrow().getValue();

        Page signedIn = browser.post("/admin/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));

        assertThat(loginPage.all("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(browser.cookie("ADMIN_SESSION").orElseThrow().getValue()).isNotEqualTo(anonymousId);
        assertThat(browser.get("/admin/").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordReRendersTheFormWithoutSayingWhichPartWasWrong() {
        Page page = browser().signIn(ADMIN, "wrong-password-here");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.body()).contains(LoginPageController.REFUSED).doesNotContain("wrong-password-here");
    }

    @Test
    void logoutInvalidatesTheSessionOnTheServer() {
        StaffBrowser browser = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
        String sessionId = browser.cookie("ADMIN_SESSION").orElseThrow().getValue();
        browser.get("/admin/");

        Page out = browser.post("/admin/logout", Map.of());

        assertThat(out.location()).startsWith("/admin/login");
        StaffBrowser replay = browser();
        replay.get("/admin/login");
        replay.cookie("ADMIN_SESSION").orElseThrow().setValue(sessionId);
        assertThat(replay.get("/admin/").status()).isEqualTo(303);
    }

    @Test
    void fiveFailuresLockTheUsernameEvenWithTheRightPassword() {
        createStaff("locked-out", StaffRole.EDITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(browser().signIn("locked-out", "not-it-" + i).status()).isEqualTo(401);
        }

        Page page = browser().signIn("locked-out", "locked-out-secret-pw");

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains(LoginPageController.LOCKED);
        assertThat(ApiClient.at(url()).as("locked-out", "locked-out-secret-pw").get("/admin/api/products").status())
                .as("HTTP Basic is throttled too").isEqualTo(401);
    }

    @Test
    void unknownUsernameLocksTheSameWaySoALockRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            browser().signIn("nobody-here", "guess-" + i);
        }

        Page page = browser().signIn("nobody-here", "guess-6");

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains(LoginPageController.LOCKED);
    }

    @Test
    void postWithoutCsrfTokenIsA403() {
        StaffBrowser browser = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);

        Page page = browser.postRaw("/admin/logout", "");

        assertThat(page.status()).isEqualTo(403);
        assertThat(browser.get("/admin/").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void loginFormRefusesATokenFromAnotherSession() {
        StaffBrowser attacker = browser();
        attacker.get("/admin/login");
        StaffBrowser victim = browser();
        victim.get("/admin/login");

        Page page = victim.postRaw("/admin/login", StaffBrowser.encode(Map.of("username", ADMIN,
                "password", ADMIN_PASSWORD, "csrfToken", attacker.csrfToken())));

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void everyPageCarriesSecurityHeaders() {
        Page page = browser().get("/admin/login");

        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.header("X-Frame-Options")).contains("DENY");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("Referrer-Policy")).isPresent();
        assertThat(page.header("Authorization-Info")).as("session id only in the cookie").isEmpty();
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        StaffBrowser browser = browser();
        browser.get("/admin/login");

        Page page = browser.post("/admin/login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD,
                "next", "//evil.example/admin"));

        assertThat(page.location()).isEqualTo("/admin/");
    }

    private void createStaff(String username, StaffRole role) {
        staff.save(new StaffUser(null, username, hasher.hash(username + "-secret-pw"), role, true, null, null, null));
    }

    private StaffBrowser browser() {
        return new StaffBrowser(url());
    }

    private String url() {
        return server.getURL().toString();
    }
}
