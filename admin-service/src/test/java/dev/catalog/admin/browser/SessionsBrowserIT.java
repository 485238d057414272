package dev.catalog.admin.browser;

import com.microsoft.playwright.Page;
import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.Chromium;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A member signed in in two browsers ends the other one from the sessions page, in a real Chromium. */
@IntegrationTest
class SessionsBrowserIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

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
    void endTheOtherSessionFromTheSessionsPage() {
        String name = "browser-sessions-" + System.nanoTime() % 100_000;
        accounts.create(name, StaffRole.EDITOR);
        Page desk = signedIn(name);
        Page other = signedIn(name);

        desk.click("header .account a");
        desk.click("text=Your sessions");
        assertThat(desk.locator("table.sessions tbody tr")).hasCount(2);
        assertThat(desk.locator("tr.current-session")).containsText("this session");
        desk.screenshot(new Page.ScreenshotOptions().setPath(StaffUiBrowserIT.SCREENSHOTS.resolve("sessions.png")));
        desk.click("table.sessions button:has-text('End')");

        assertThat(desk.locator(".message.success")).containsText("The session was ended.");
        assertThat(desk.locator("table.sessions tbody tr")).hasCount(1);
        other.navigate(server.getURL() + "/admin/products");
        assertThat(other.locator("#password")).isVisible();
    }

    private Page signedIn(String name) {
        Page page = chromium.browser().newContext().newPage();
        page.navigate(server.getURL() + "/admin/login");
        page.fill("#username", name);
        page.fill("#password", StaffAccounts.password(name));
        page.click("button:has-text('Sign in')");
        assertThat(page.locator("h1")).hasText("Dashboard");
        return page;
    }
}
