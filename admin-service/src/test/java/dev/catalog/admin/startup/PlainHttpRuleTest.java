package dev.catalog.admin.startup;

import dev.catalog.support.deploy.DeployFinding;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlainHttpRuleTest {

    @Test
    void plainHttpWithNoTrustedProxyIsAWarning() {
        assertThat(findings(Map.of())).singleElement().satisfies(finding -> {
            assertThat(finding.isError()).isFalse();
            assertThat(finding.message()).contains("TRUSTED_PROXIES");
        });
        assertThat(findings(Map.of("catalog.client-address.trusted-proxies", ""))).hasSize(1);
    }

    @Test
    void aTrustedProxyOrTlsOfItsOwnIsFine() {
        assertThat(findings(Map.of("catalog.client-address.trusted-proxies", "10.0.0.0/8"))).isEmpty();
        assertThat(findings(Map.of("micronaut.server.ssl.enabled", true))).isEmpty();
    }

    private static List<DeployFinding> findings(Map<String, Object> values) {
        PropertySourcePropertyResolver settings = new PropertySourcePropertyResolver();
        settings.addPropertySource(PropertySource.of("test", values));
        return new PlainHttpRule().check(settings);
    }
}
