package dev.catalog.support.deploy;

import io.micronaut.context.env.PropertySource;
import io.micronaut.core.value.PropertyResolver;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeployCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"production", "Production", " PRODUCTION "})
    void productionIsNamedByCatalogEnv(String value) {
        assertThat(DeployCheck.isProduction(settings(Map.of("catalog.env", value)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "demo", "prod", ""})
    void anythingElseIsNotProduction(String value) {
        assertThat(DeployCheck.isProduction(settings(Map.of("catalog.env", value)))).isFalse();
        assertThat(DeployCheck.isProduction(settings(Map.of()))).isFalse();
    }

    @Test
    void everyRuleIsAskedAndItsFindingsKeptInOrder() {
        DeployCheck check = new DeployCheck(List.of(
                settings -> List.of(DeployFinding.error("secret is public")),
                settings -> List.of(),
                settings -> List.of(DeployFinding.warning("plain http"), DeployFinding.error("weak password"))));

        assertThat(check.findings(settings(Map.of()))).extracting(DeployFinding::line)
                .containsExactly("ERROR: secret is public", "WARNING: plain http", "ERROR: weak password");
    }

    private static PropertyResolver settings(Map<String, Object> values) {
        PropertySourcePropertyResolver resolver = new PropertySourcePropertyResolver();
        resolver.addPropertySource(PropertySource.of("test", values));
        return resolver;
    }
}
