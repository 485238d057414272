package dev.catalog.publicapi;

import dev.catalog.publicapi.reads.ReadConfiguration;
import dev.catalog.publicapi.replicas.ReplicaConfiguration;
import dev.catalog.support.clientaddress.ClientAddressConfiguration;
import dev.catalog.testing.SettingsBinding;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variables README and compose document reach public-api's settings records, and a value the
 * service cannot work with stops it starting with a message naming the setting.
 */
class SettingsBindingIT {

    private final SettingsBinding service = SettingsBinding.over(PublicApiTestDatabase.on(TestDatabase.migrated()));

    @Test
    void everyDocumentedVariableReachesItsSetting() {
        Map<String, Object> deployment = Map.ofEntries(
                Map.entry("PUBLIC_CURSOR_SECRET", "a-secret-shared-by-every-replica"),
                Map.entry("PUBLIC_CACHE_ENABLED", "false"),
                Map.entry("PUBLIC_CACHE_MAX_BYTES", "2000000"),
                Map.entry("PUBLIC_QUERY_TIMEOUT", "PT1.5S"),
                Map.entry("PUBLIC_MAX_QUERIES_IN_FLIGHT", "32"),
                Map.entry("PUBLIC_LOOKUP_QUERIES", "3"),
                Map.entry("PUBLIC_CACHE_CONTROL", "public, max-age=5"),
                Map.entry("PUBLIC_RATE_LIMIT_ENABLED", "false"),
                Map.entry("PUBLIC_RATE_LIMIT_PER_SECOND", "40"),
                Map.entry("PUBLIC_RATE_LIMIT_BURST", "80"),
                Map.entry("TRUSTED_PROXIES", "10.1.0.0/16"),
                Map.entry("DB_READ_HOST", "standby-a"),
                Map.entry("DB_READ_PORT", "6432"),
                Map.entry("DB_READ_HOSTS", "standby-b:5433,standby-c"),
                Map.entry("PUBLIC_MAX_REPLICA_LAG", "2500ms"),
                Map.entry("PUBLIC_REPLICA_POLL_INTERVAL", "20ms"),
                Map.entry("catalog.changes.max-reconnect-delay", "PT9S"));

        service.read(deployment, context -> {
            assertThat(record(context, "catalog.CursorConfiguration"))
                    .hasToString("CursorConfiguration[secret=a-secret-shared-by-every-replica]");
            assertThat(context.getBean(ReadConfiguration.class)).isEqualTo(new ReadConfiguration(false, 2_000_000,
                    Duration.ofMillis(1500), 32, Duration.ofSeconds(2), "public, max-age=5", 3));
            assertThat(record(context, "ratelimit.RateLimitConfiguration"))
                    .hasToString("RateLimitConfiguration[enabled=false, perSecond=40, burst=80]");
            assertThat(record(context, "changes.ChangeListenerConfiguration")).hasToString(
                    "ChangeListenerConfiguration[firstReconnectDelay=PT0.1S, maxReconnectDelay=PT9S, "
                            + "keepAliveInterval=PT5S]");
            ReplicaConfiguration replicas = context.getBean(ReplicaConfiguration.class);
            assertThat(replicas.standbys()).hasToString("[standby-a:6432, standby-b:5433, standby-c:6432]");
            assertThat(replicas.maxLag()).isEqualTo(Duration.ofMillis(2500));
            assertThat(replicas.pollInterval()).isEqualTo(Duration.ofMillis(20));
            assertThat(context.getBean(ClientAddressConfiguration.class))
                    .isEqualTo(new ClientAddressConfiguration(List.of("10.1.0.0/16"), "X-Forwarded-For"));
            return null;
        });
    }

    @Test
    void aShortCursorSecretIsRefused() {
        assertThat(service.refusal(Map.of("PUBLIC_CURSOR_SECRET", "short"), type("catalog.CursorConfiguration")))
                .contains("secret").contains("size must be between 16");
    }

    @Test
    void aCacheTooSmallToHoldAPageIsRefused() {
        assertThat(service.refusal(Map.of("PUBLIC_CACHE_MAX_BYTES", "1000"), ReadConfiguration.class))
                .contains("cacheMaxBytes").contains("must be greater than or equal to 1000000");
    }

    @Test
    void aRateLimitOfNothingIsRefused() {
        assertThat(service.refusal(Map.of("PUBLIC_RATE_LIMIT_PER_SECOND", "0"), type("ratelimit.RateLimitConfiguration")))
                .contains("perSecond").contains("must be greater than or equal to 1");
    }

    @Test
    void aChangeListenerWithoutReconnectDelayIsRefused() {
        assertThat(service.refusal(Map.of("catalog.changes.first-reconnect-delay", ""),
                type("changes.ChangeListenerConfiguration")))
                .contains("firstReconnectDelay");
    }

    // Most records are package-private in their features; the test reads them by name, as the context does.
    private static Object record(BeanContext context, String name) {
        return context.getBean(Argument.of(type(name)));
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName("dev.catalog.publicapi." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
