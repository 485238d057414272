package dev.catalog.admin.staff;

import dev.catalog.support.deploy.DeployFinding;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapPasswordRuleTest {

    @Test
    void thePasswordsPublishedWithTheCodeAreErrors() {
        assertThat(findings("admin", "change-me-please")).singleElement()
                .satisfies(finding -> assertThat(finding.line()).startsWith("ERROR: ADMIN_PASSWORD is 'change-me-please'"));
        assertThat(findings("admin", "change-me-before-deploying")).singleElement().satisfies(DeployFinding::isError);
    }

    @Test
    void aPasswordThePolicyRefusesIsAnError() {
        assertThat(findings("admin", "short")).extracting(DeployFinding::line)
                .containsExactly("ERROR: ADMIN_PASSWORD must have at least 10 characters");
        assertThat(findings("admin", "admin-admin-admin")).extracting(DeployFinding::line)
                .containsExactly("ERROR: ADMIN_PASSWORD must not contain the username");
    }

    @Test
    void aStrongPasswordOrNoneAtAllIsFine() {
        assertThat(findings("admin", "violet-harbour-tractor-91")).isEmpty();
        assertThat(findings("", "")).as("no first administrator to create").isEmpty();
    }

    private static List<DeployFinding> findings(String username, String password) {
        PropertySourcePropertyResolver settings = new PropertySourcePropertyResolver();
        settings.addPropertySource(PropertySource.of("test", Map.of("catalog.bootstrap.admin-username", username,
                "catalog.bootstrap.admin-password", password)));
        return new BootstrapPasswordRule().check(settings);
    }
}
