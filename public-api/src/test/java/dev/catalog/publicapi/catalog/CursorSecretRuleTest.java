package dev.catalog.publicapi.catalog;

import dev.catalog.support.deploy.DeployFinding;
import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CursorSecretRuleTest {

    @Test
    void theDefaultOfApplicationYmlIsAnError() {
        try (Environment shipped = new DefaultEnvironment(List::of).start()) {
            assertThat(new CursorSecretRule().check(shipped)).singleElement().satisfies(finding ->
                    assertThat(finding.line()).startsWith("ERROR: PUBLIC_CURSOR_SECRET is a development value"));
        }
    }

    @Test
    void theComposeDemoSecretIsAnError() {
        assertThat(findings("change-me-demo-cursor-secret")).singleElement().satisfies(DeployFinding::isError);
    }

    @Test
    void aShortSecretIsAWarningAndALongRandomOneIsFine() {
        assertThat(findings("0123456789abcdef")).extracting(DeployFinding::line)
                .containsExactly("WARNING: PUBLIC_CURSOR_SECRET has 16 characters; use at least 32 random ones");
        assertThat(findings("q8Zr2LwT0vXy5NbK7mPc3HsJ9dFg1AeU")).isEmpty();
    }

    private static List<DeployFinding> findings(String secret) {
        PropertySourcePropertyResolver settings = new PropertySourcePropertyResolver();
        settings.addPropertySource(PropertySource.of("test", Map.of("catalog.cursor.secret", secret)));
        return new CursorSecretRule().check(settings);
    }
}
