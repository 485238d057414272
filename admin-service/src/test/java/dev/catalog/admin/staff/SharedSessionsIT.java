package dev.catalog.admin.staff;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admin-service instances on one database and one Redis, with no sticky sessions: a staff member
 * may land on either for any request, and a restart of one signs no one out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionsIT {

    private final TestDatabase.Coordinates database = TestDatabase.another();
    private final Map<String, Object> settings = new HashMap<>(AdminTestDatabase.on(database));
    private EmbeddedServer a;
    private EmbeddedServer b;

    @BeforeAll
    void startTwoInstances() {
        settings.put("catalog.bootstrap.admin-username", AdminTestDatabase.ADMIN);
        settings.put("catalog.bootstrap.admin-password", AdminTestDatabase.ADMIN_PASSWORD);
        a = start();
        b = start();
    }

    @AfterAll
    void stop() {
        a.getApplicationContext().close();
        b.getApplicationContext().close();
    }

    @Test
    void signedInOnOneInstanceWorkingOnTheOtherWithTheSameCsrfToken() {
        StaffBrowser browser = StaffBrowser.signedIn(url(a), AdminTestDatabase.ADMIN, AdminTestDatabase.ADMIN_PASSWORD);
        browser.get("/admin/categories/new");

        browser.switchTo(url(b));
        Page added = browser.post("/admin/categories/new", Map.of("slug", "shared-session", "name", "Shared", "description", ""));

        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        assertThat(browser.get("/admin/").status()).isEqualTo(200);
        assertThat(database.count("SELECT 1 FROM category WHERE slug = 'shared-session'")).isOne();
    }

    @Test
    void signedOutOnOneInstanceTheSessionIsGoneOnTheOther() {
        StaffBrowser browser = StaffBrowser.signedIn(url(a), AdminTestDatabase.ADMIN, AdminTestDatabase.ADMIN_PASSWORD);
        String sessionId = browser.cookie("ADMIN_SESSION").orElseThrow().getValue();
        browser.get("/admin/");

        assertThat(browser.switchTo(url(b)).post("/admin/logout", Map.of()).location()).startsWith("/admin/login");

        // The old cookie, replayed on the instance where it was created: sent to sign in, nothing else.
        StaffBrowser replay = new StaffBrowser(url(a));
        replay.get("/admin/login");
        replay.cookie("ADMIN_SESSION").orElseThrow().setValue(sessionId);
        Page page = replay.get("/admin/");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/admin/login");
    }

    @Test
    void deactivatedOnOneInstanceSignedOutOnTheOther() {
        a.getApplicationContext().getBean(StaffAccounts.class).create("leaves-everywhere", StaffRole.EDITOR);
        StaffBrowser leaving = StaffBrowser.signedIn(url(b), "leaves-everywhere", StaffAccounts.password("leaves-everywhere"));
        assertThat(leaving.get("/admin/").status()).isEqualTo(200);

        StaffBrowser admin = StaffBrowser.signedIn(url(a), AdminTestDatabase.ADMIN, AdminTestDatabase.ADMIN_PASSWORD);
        Page saved = deactivate(admin, "leaves-everywhere");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(leaving.get("/admin/").status()).isEqualTo(303);
        assertThat(leaving.switchTo(url(a)).get("/admin/").status()).isEqualTo(303);
    }

    @Test
    void restartingAnInstanceSignsNoOneOut() {
        StaffBrowser browser = StaffBrowser.signedIn(url(a), AdminTestDatabase.ADMIN, AdminTestDatabase.ADMIN_PASSWORD);
        browser.get("/admin/categories/new");

        a.getApplicationContext().close();
        a = start();

        assertThat(browser.switchTo(url(a)).get("/admin/").status()).isEqualTo(200);
        Page added = browser.post("/admin/categories/new", Map.of("slug", "after-restart", "name", "After", "description", ""));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
    }

    private Page deactivate(StaffBrowser admin, String username) {
        Matcher id = Pattern.compile("href=\"/admin/staff/(\\d+)\">" + Pattern.quote(username) + "<")
                .matcher(admin.get("/admin/staff").body());
        assertThat(id.find()).isTrue();
        Page form = admin.get("/admin/staff/" + id.group(1));
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form.body());
        assertThat(version.find()).as(form.toString()).isTrue();
        return admin.post("/admin/staff/" + id.group(1), Map.of("role", "EDITOR", "version", version.group(1)));
    }

    private EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("micronaut.server.port", -1);
        properties.putAll(ManagementPort.free()); // two instances, two management ports
        return ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
    }

    private static String url(EmbeddedServer server) {
        return server.getURL().toString();
    }
}
