package dev.catalog.admin;

import dev.catalog.support.clientaddress.ClientAddressConfiguration;
import dev.catalog.testing.SettingsBinding;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variables README and compose document reach admin-service's settings records, and a value the
 * service cannot work with stops it starting with a message naming the setting.
 */
class SettingsBindingIT {

    private final SettingsBinding service = SettingsBinding.over(AdminTestDatabase.on(TestDatabase.migrated()));

    @Test
    void everyDocumentedVariableReachesItsSetting() {
        Map<String, Object> deployment = Map.of(
                "CATALOG_DEMO_PRODUCTS", "0",
                "ADMIN_USERNAME", "", "ADMIN_PASSWORD", "",
                "TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7",
                "TRUSTED_PROXY_HEADER", "Forwarded",
                "catalog.login-throttle.max-failures", "3",
                "catalog.login-throttle.window", "PT2M");

        service.read(deployment, context -> {
            assertThat(record(context, "demo.DemoCatalogConfiguration")).hasToString("DemoCatalogConfiguration[products=0]");
            assertThat(record(context, "staff.BootstrapConfiguration"))
                    .hasToString("BootstrapConfiguration[adminUsername=, adminPassword=]");
            assertThat(record(context, "signin.LoginThrottleConfiguration"))
                    .hasToString("LoginThrottleConfiguration[maxFailures=3, window=" + Duration.ofMinutes(2) + "]");
            ClientAddressConfiguration clientAddress = context.getBean(ClientAddressConfiguration.class);
            // The spaces people write after commas are stripped where the ranges are read.
            assertThat(clientAddress.trustedProxies()).map(String::strip).containsExactly("10.0.0.0/8", "192.168.1.7");
            assertThat(clientAddress.header()).isEqualTo("Forwarded");
            return null;
        });
    }

    @Test
    void theFirstAdministratorComesFromTheVariables() {
        Object bootstrap = service.read(Map.of("ADMIN_USERNAME", "root", "ADMIN_PASSWORD", "a-long-enough-secret",
                "CATALOG_DEMO_PRODUCTS", "0"), context -> record(context, "staff.BootstrapConfiguration"));

        assertThat(bootstrap).hasToString("BootstrapConfiguration[adminUsername=root, adminPassword=a-long-enough-secret]");
    }

    @Test
    void aNegativeDemoCatalogIsRefused() {
        assertThat(service.refusal(Map.of("CATALOG_DEMO_PRODUCTS", "-5"), type("demo.DemoCatalogConfiguration")))
                .contains("products").contains("must be greater than or equal to 0");
    }

    @Test
    void aThrottleThatAllowsNoAttemptIsRefused() {
        assertThat(service.refusal(Map.of("catalog.login-throttle.max-failures", "0"),
                type("signin.LoginThrottleConfiguration")))
                .contains("maxFailures").contains("must be greater than or equal to 1");
    }

    // The records are package-private in their features; the test reads them by name, as the context does.
    private static Object record(BeanContext context, String name) {
        return context.getBean(Argument.of(type(name)));
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName("dev.catalog.admin." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
