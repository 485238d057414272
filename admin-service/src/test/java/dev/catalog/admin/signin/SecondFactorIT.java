package dev.catalog.admin.signin;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.PasswordHasher;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A member with a second factor: enrolment, the second step, single use of every code, throttling, reset. */
@IntegrationTest
class SecondFactorIT implements AdminTestDatabase {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9-]{14})</code></li>");
    private static final AtomicInteger MEMBERS = new AtomicInteger();

    @Inject
    EmbeddedServer server;
    @Inject
    StaffRepository staff;
    @Inject
    PasswordHasher hasher;
    @Inject
    TotpCodes totp;

    @Test
    void enrolmentNeedsAValidCodeAndGivesTenRecoveryCodesOnce() {
        String name = member(StaffRole.EDITOR);
        StaffBrowser browser = StaffBrowser.signedIn(url(), name, password(name));
        Page offer = browser.get("/admin/account/second-factor");
        String secret = secretOn(offer);

        assertThat(offer.body()).contains("src=\"data:image/png;base64,");
        assertThat(browser.get("/admin/account/second-factor").body()).as("a reload offers the same key")
                .contains(secret.substring(0, 4));
        Page wrong = browser.post("/admin/account/second-factor", Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(422);
        Page enrolled = browser.post("/admin/account/second-factor", Map.of("code", code(secret, 0)));
        assertThat(enrolled.status()).isEqualTo(200);
        assertThat(recoveryCodes(enrolled)).hasSize(10).doesNotHaveDuplicates();
        Page later = browser.get("/admin/account/second-factor");
        assertThat(recoveryCodes(later)).as("shown once").isEmpty();
        assertThat(later.body()).contains("10</span> recovery codes left");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM staff_recovery_code r JOIN staff_user s ON s.id = r.staff_id "
                + "WHERE s.username = ? AND r.code_hash ~ '^[0-9a-f]{64}$'", name)).as("stored hashed").isEqualTo(10);
    }

    @Test
    void thePasswordAloneNoLongerSignsIn() {
        String name = member(StaffRole.EDITOR);
        enrol(name);
        StaffBrowser browser = new StaffBrowser(url());

        Page password = browser.signIn(name, password(name));

        assertThat(password.location()).isEqualTo("/admin/login/code");
        assertThat(browser.get("/admin/products").status()).as("not signed in yet").isEqualTo(303);
        assertThat(browser.get("/admin/login/code").body()).contains("name=\"code\"");
    }

    @Test
    void aCodeSignsInOnceAndNeverAgain() {
        String name = member(StaffRole.EDITOR);
        String secret = enrol(name).secret();
        String next = code(secret, 1);

        Page first = passwordThenCode(name, next);
        Page again = passwordThenCode(name, next);

        assertThat(first.status()).isEqualTo(303);
        assertThat(first.location()).isEqualTo("/admin/");
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).contains(SecondStepController.REFUSED);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        String name = member(StaffRole.EDITOR);
        String recovery = enrol(name).recoveryCodes().get(3);

        assertThat(passwordThenCode(name, recovery.toUpperCase()).status()).isEqualTo(303);
        assertThat(passwordThenCode(name, recovery).status()).isEqualTo(401);
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() {
        String name = member(StaffRole.EDITOR);
        String secret = enrol(name).secret();
        StaffBrowser browser = new StaffBrowser(url());
        browser.signIn(name, password(name));
        for (int i = 0; i < 5; i++) {
            assertThat(browser.post("/admin/login/code", Map.of("code", "123456")).status()).isEqualTo(401);
        }

        assertThat(browser.post("/admin/login/code", Map.of("code", code(secret, 1))).status())
                .as("locked: even the right code waits").isEqualTo(429);
    }

    @Test
    void httpBasicIsRefusedOnceASecondFactorIsOn() {
        String name = member(StaffRole.EDITOR);
        ApiClient basic = ApiClient.at(url()).as(name, password(name));
        assertThat(basic.get("/admin/api/categories").status()).isEqualTo(200);

        enrol(name);

        assertThat(basic.get("/admin/api/categories").status()).isEqualTo(401);
    }

    @Test
    void withASecondFactorTheApiIsCalledWithATokenFromTheAccountPage() {
        String name = member(StaffRole.EDITOR);
        String secret = enrol(name).secret();
        StaffBrowser browser = new StaffBrowser(url());
        browser.signIn(name, password(name));
        browser.get("/admin/login/code");
        browser.post("/admin/login/code", Map.of("code", code(secret, 1)));
        browser.get("/admin/account/tokens");

        Page issued = browser.post("/admin/account/tokens", Map.of("name", "nightly import"));

        Matcher token = Pattern.compile("<code id=\"issued-token\">(cat_[^<]+)</code>").matcher(issued.body());
        assertThat(token.find()).as(issued.body()).isTrue();
        ApiClient bearer = ApiClient.at(url()).withHeader("Authorization", "Bearer " + token.group(1));
        assertThat(bearer.get("/admin/api/categories").status()).isEqualTo(200);
        assertThat(browser.get("/admin/account/tokens").body()).contains("nightly import")
                .doesNotContain(token.group(1));
    }

    @Test
    void anAdministratorResetsAMembersSecondFactorAndHistorySaysSo() {
        String name = member(StaffRole.EDITOR);
        enrol(name);
        long id = staff.findByUsername(name).orElseThrow().id();
        StaffBrowser admin = StaffBrowser.signedIn(url(), ADMIN, ADMIN_PASSWORD);
        admin.get("/admin/staff/" + id + "/second-factor");

        Page reset = admin.post("/admin/staff/" + id + "/second-factor/reset", Map.of());

        assertThat(reset.status()).isEqualTo(303);
        assertThat(new StaffBrowser(url()).signIn(name, password(name)).location()).as("password alone again")
                .isEqualTo("/admin/");
        assertThat(TestDatabase.fresh().count("SELECT 1 FROM audit_entry WHERE object_type = 'staff_user' "
                + "AND object_id = ? AND actor = ? AND changes::text LIKE '%secondFactor%reset%'", id, ADMIN))
                .isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorMayReset() {
        String name = member(StaffRole.EDITOR);
        StaffBrowser editor = StaffBrowser.signedIn(url(), name, password(name));
        editor.get("/admin/account");

        assertThat(editor.post("/admin/staff/1/second-factor/reset", Map.of()).status()).isEqualTo(403);
    }

    record Enrolment(String secret, List<String> recoveryCodes) {
    }

    private Enrolment enrol(String name) {
        StaffBrowser browser = StaffBrowser.signedIn(url(), name, password(name));
        String secret = secretOn(browser.get("/admin/account/second-factor"));
        Page enrolled = browser.post("/admin/account/second-factor", Map.of("code", code(secret, 0)));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(200);
        return new Enrolment(secret, recoveryCodes(enrolled));
    }

    private Page passwordThenCode(String name, String code) {
        StaffBrowser browser = new StaffBrowser(url());
        assertThat(browser.signIn(name, password(name)).location()).isEqualTo("/admin/login/code");
        browser.get("/admin/login/code");
        return browser.post("/admin/login/code", Map.of("code", code));
    }

    // The code of the step `offset` steps from now: the server accepts one step either side.
    private String code(String secret, int offset) {
        return totp.codeAt(secret, totp.currentStep() + offset);
    }

    private static String secretOn(Page page) {
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as(page.body()).isTrue();
        return secret.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodes(Page page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY.matcher(page.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private String member(StaffRole role) {
        String name = "second-factor-" + MEMBERS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        staff.save(new StaffUser(null, name, hasher.hash(password(name)), role, true, null, null, null));
        return name;
    }

    private static String password(String name) {
        return name + "-secret-pw";
    }

    private String url() {
        return server.getURL().toString();
    }
}
