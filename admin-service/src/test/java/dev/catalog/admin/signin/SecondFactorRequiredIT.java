package dev.catalog.admin.signin;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.PasswordHasher;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.StaffBrowser;
import dev.catalog.admin.web.StaffBrowser.Page;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** As shipped: every ADMIN must have a second factor; until they enrol, every staff page leads there. */
@IntegrationTest
class SecondFactorRequiredIT implements AdminTestDatabase {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    @Inject
    EmbeddedServer server;
    @Inject
    StaffRepository staff;
    @Inject
    PasswordHasher hasher;
    @Inject
    TotpCodes totp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(AdminTestDatabase.super.getProperties());
        properties.put("catalog.second-factor.required-for", "ADMIN"); // the default, which the suite turns off
        return properties;
    }

    @Test
    void anAdministratorWithoutOneIsSentToEnrolmentUntilEnrolled() {
        String name = member("required-admin", StaffRole.ADMIN);
        StaffBrowser browser = StaffBrowser.signedIn(url(), name, name + "-secret-pw");

        Page products = browser.get("/admin/products");
        assertThat(products.status()).isEqualTo(303);
        assertThat(products.location()).isEqualTo("/admin/account/second-factor");
        Page enrolment = browser.get("/admin/account/second-factor");
        assertThat(enrolment.status()).isEqualTo(200);
        assertThat(enrolment.body()).contains("Your role requires a second factor");

        Matcher secret = SECRET.matcher(enrolment.body());
        assertThat(secret.find()).isTrue();
        String key = secret.group(1).replace(" ", "");
        browser.post("/admin/account/second-factor", Map.of("code", totp.codeAt(key, totp.currentStep())));

        assertThat(browser.get("/admin/products").status()).isEqualTo(200);
    }

    @Test
    void othersMayGoOnWithoutOne() {
        String name = member("optional-editor", StaffRole.EDITOR);
        StaffBrowser browser = StaffBrowser.signedIn(url(), name, name + "-secret-pw");

        assertThat(browser.get("/admin/products").status()).isEqualTo(200);
    }

    private String member(String prefix, StaffRole role) {
        String name = prefix + "-" + System.nanoTime() % 100_000;
        staff.save(new StaffUser(null, name, hasher.hash(name + "-secret-pw"), role, true, null, null, null));
        return name;
    }

    private String url() {
        return server.getURL().toString();
    }
}
