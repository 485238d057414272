package dev.catalog.admin.browser;

import com.microsoft.playwright.Page;
import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.Chromium;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.signin.TotpCodes;
import dev.catalog.admin.staff.StaffAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import dev.catalog.testing.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member turns on their second factor in a real Chromium and signs in with it: with a code from the
 * app, with a recovery code, and the same code is refused the second time.
 */
@IntegrationTest
class SecondFactorBrowserIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;
    @Inject
    TotpCodes totp;

    Chromium chromium;

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void enrolSignOutAndSignInWithACodeThenARecoveryCode() {
        String name = "browser-2fa-" + System.nanoTime() % 100_000;
        accounts.create(name, StaffRole.EDITOR);
        Page page = chromium.browser().newContext().newPage();

        signInWithPassword(page, name);
        assertThat(page.locator("h1")).hasText("Dashboard");
        page.click("header .account a");
        page.click("text=Second factor (authenticator app)");
        assertThat(page.locator("img[alt^='QR code']")).isVisible();
        String secret = page.locator("#secret").textContent().replace(" ", "");
        page.fill("#code", totp.codeAt(secret, step()));
        page.click("button:has-text('Turn on')");
        assertThat(page.locator("#recovery-title")).hasText("Your recovery codes");
        List<String> recoveryCodes = page.locator(".recovery-codes code").allTextContents();
        org.assertj.core.api.Assertions.assertThat(recoveryCodes).hasSize(10);
        page.screenshot(new Page.ScreenshotOptions().setPath(StaffUiBrowserIT.SCREENSHOTS.resolve("second-factor.png")));
        signOut(page);

        // The next step's code: the one that turned the factor on was used up, and a code is good once.
        String code = totp.codeAt(secret, step() + 1);
        signInWithPassword(page, name);
        assertThat(page.locator("label[for=code]")).containsText("authenticator app");
        enterCode(page, code);
        assertThat(page.locator("h1")).hasText("Dashboard");
        signOut(page);

        signInWithPassword(page, name);
        enterCode(page, code);
        assertThat(page.locator(".message.error")).containsText("That code is not valid");

        enterCode(page, recoveryCodes.get(0));
        assertThat(page.locator("h1")).hasText("Dashboard");
    }

    private void signInWithPassword(Page page, String name) {
        page.navigate(server.getURL() + "/admin/login");
        page.fill("#username", name);
        page.fill("#password", StaffAccounts.password(name));
        page.click("button:has-text('Sign in')");
    }

    private static void enterCode(Page page, String code) {
        page.fill("#code", code);
        page.click("button:has-text('Continue')");
    }

    private static void signOut(Page page) {
        page.click("button:has-text('Sign out')");
        assertThat(page.locator(".message.success")).containsText("signed out");
    }

    private static long step() {
        return Instant.now().getEpochSecond() / 30;
    }
}
