package dev.catalog.admin.signin;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session control: a member sees where they are signed in and ends any session; an administrator ends
 * all of a member's; a new password ends the others; no session outlives its maximum lifetime.
 */
@IntegrationTest
class StaffSessionsIT implements AdminTestDatabase {

    private static final Pattern END = Pattern.compile("action=\"/admin/account/sessions/([0-9a-f]{64})/end\"");

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;
    @Inject
    StaffRepository staff;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(AdminTestDatabase.super.getProperties());
        properties.put("catalog.client-address.trusted-proxies", "127.0.0.1/32,::1/128");
        return properties;
    }

    @Test
    void aMemberSeesTheirSessionsWithAddressAndBrowserAndEndsAnother() {
        String name = member();
        StaffBrowser laptop = browser("Firefox/128.0 laptop").withHeader("X-Forwarded-For", "198.51.100.7");
        StaffBrowser phone = browser("Mobile Safari phone").withHeader("X-Forwarded-For", "203.0.113.9");
        laptop.signIn(name, StaffAccounts.password(name));
        phone.signIn(name, StaffAccounts.password(name));

        Page sessions = laptop.get("/admin/account/sessions");

        assertThat(sessions.body()).contains("198.51.100.7").contains("Firefox/128.0 laptop")
                .contains("203.0.113.9").contains("Mobile Safari phone").contains("this session");
        Matcher other = END.matcher(sessions.body());
        assertThat(other.find()).isTrue();
        assertThat(other.find()).as("only the other session has an End button").isFalse();
        other.reset().find();
        assertThat(laptop.post("/admin/account/sessions/" + other.group(1) + "/end", Map.of()).status()).isEqualTo(303);

        assertThat(phone.get("/admin/products").status()).as("the phone is signed out").isEqualTo(303);
        assertThat(laptop.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void aMemberCannotEndSomeoneElsesSession() {
        String name = member();
        String other = member();
        StaffBrowser mine = signedIn(name);
        StaffBrowser theirs = signedIn(other);
        String theirSession = singleHash(other);

        mine.get("/admin/account/sessions");
        mine.post("/admin/account/sessions/" + theirSession + "/end", Map.of());

        assertThat(theirs.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorEndsAllOfAMembersSessions() {
        String name = member();
        StaffBrowser one = signedIn(name);
        StaffBrowser two = signedIn(name);
        long id = staff.findByUsername(name).orElseThrow().id();
        StaffBrowser admin = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
        assertThat(admin.get("/admin/staff/" + id + "/sessions").body()).contains("End all sessions");

        Page ended = admin.post("/admin/staff/" + id + "/sessions/end-all", Map.of());

        assertThat(ended.status()).isEqualTo(303);
        assertThat(one.get("/admin/products").status()).isEqualTo(303);
        assertThat(two.get("/admin/products").status()).isEqualTo(303);
        assertThat(admin.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsOnly() {
        String name = member();
        StaffBrowser here = signedIn(name);
        StaffBrowser elsewhere = signedIn(name);
        here.get("/admin/account");

        Page changed = here.post("/admin/account", Map.of("current", StaffAccounts.password(name),
                "password", "violet-harbour-tractor-91", "confirmation", "violet-harbour-tractor-91"));

        assertThat(changed.status()).isEqualTo(303);
        assertThat(here.get("/admin/products").status()).isEqualTo(200);
        assertThat(elsewhere.get("/admin/products").status()).isEqualTo(303);
    }

    @Test
    void aPasswordSetByAnAdministratorEndsAllOfTheMembersSessions() {
        String name = member();
        StaffBrowser member = signedIn(name);
        long id = staff.findByUsername(name).orElseThrow().id();
        StaffBrowser admin = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/staff/" + id);

        Page set = admin.post("/admin/staff/" + id + "/password",
                Map.of("password", "violet-harbour-tractor-92", "confirmation", "violet-harbour-tractor-92"));

        assertThat(set.status()).as(set.toString()).isEqualTo(303);
        assertThat(member.get("/admin/products").status()).isEqualTo(303);
        assertThat(admin.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void noSessionOutlivesItsMaximumLifetime() {
        String name = member();
        StaffBrowser browser = signedIn(name);
        assertThat(browser.get("/admin/products").status()).isEqualTo(200);

        // Active all along, but signed in 12 hours and a minute ago (ADMIN_SESSION_MAX_LIFETIME, PT12H).
        TestDatabase.fresh().update("UPDATE staff_session SET started_at = now() - interval '12 hours 1 minute' "
                + "WHERE staff_id = (SELECT id FROM staff_user WHERE username = ?)", name);

        assertThat(browser.get("/admin/products").status()).isEqualTo(303);
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_session s JOIN staff_user u ON u.id = s.staff_id "
                + "WHERE u.username = ?", name)).isZero();
    }

    @Test
    void signingOutEndsTheSessionInTheIndexToo() {
        String name = member();
        StaffBrowser browser = signedIn(name);
        browser.get("/admin/");

        browser.post("/admin/logout", Map.of());

        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_session s JOIN staff_user u ON u.id = s.staff_id "
                + "WHERE u.username = ?", name)).isZero();
    }

    /** The index entry of a member with one session. */
    private static String singleHash(String username) {
        try (var connection = TestDatabase.fresh().connect();
             var statement = connection.prepareStatement("SELECT s.id_hash FROM staff_session s "
                     + "JOIN staff_user u ON u.id = s.staff_id WHERE u.username = ?")) {
            statement.setString(1, username);
            var row = statement.executeQuery();
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffBrowser signedIn(String name) {
        return StaffBrowser.signedIn(url(), name, StaffAccounts.password(name));
    }

    private StaffBrowser browser(String userAgent) {
        return new StaffBrowser(url()).withHeader("User-Agent", userAgent);
    }

    private String member() {
        String name = "sessions-" + System.nanoTime() % 1_000_000;
        accounts.create(name, StaffRole.EDITOR);
        return name;
    }

    private String url() {
        return server.getURL().toString();
    }
}
