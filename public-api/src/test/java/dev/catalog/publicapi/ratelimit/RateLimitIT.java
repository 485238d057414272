package dev.catalog.publicapi.ratelimit;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A client over its limit gets 429 with Retry-After; the limit here is tiny so the test can reach it. */
@IntegrationTest
class RateLimitIT implements PublicApiTestDatabase {

    private static final int BURST = 5;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return tinyLimit(BURST);
    }

    /** The test database, and a limit of {@code burst} requests refilled at one a second. */
    static Map<String, String> tinyLimit(int burst) {
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.on(TestDatabase.migrated()));
        properties.put("catalog.rate-limit.burst", String.valueOf(burst));
        properties.put("catalog.rate-limit.per-second", "1");
        return properties;
    }

    @Test
    void clientOverItsLimitGets429WithRetryAfterAndProblem() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        for (int i = 0; i < BURST; i++) {
            api.get("/api/v1/categories");
        }

        ApiClient.Response refused = api.get("/api/v1/categories");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("code", "rate-limited");
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isPositive());
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedPeerChangesNothing() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        int refused = 0;
        for (int i = 0; i <= BURST; i++) {
            ApiClient.Response response = api.withHeader("X-Forwarded-For", "198.51.100." + i)
                    .withHeader("Forwarded", "for=203.0.113." + i)
                    .get("/api/v1/categories");
            refused += response.status() == 429 ? 1 : 0;
        }

        // One client (this socket's address) whatever it claims: over the burst, it is refused.
        assertThat(refused).isPositive();
    }

    @Test
    void healthChecksAreNotLimited() {
        ApiClient api = ApiClient.at(server.getURL().toString());
        for (int i = 0; i < BURST * 3; i++) {
            assertThat(api.get("/health/liveness").status()).isEqualTo(200);
        }
    }
}
