package dev.catalog.publicapi.ratelimit;

import dev.catalog.publicapi.PublicApiTestDatabase;
import dev.catalog.testing.AccessLogCapture;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a load balancer every request comes from the balancer's address: with it configured as a
 * trusted proxy (here the test's own loopback address), each client behind it has a bucket of its own.
 */
@IntegrationTest
class RateLimitBehindProxyIT implements PublicApiTestDatabase {

    private static final int BURST = 5;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RateLimitIT.tinyLimit(BURST);
        properties.put("catalog.client-address.trusted-proxies", "127.0.0.0/8,::1");
        return properties;
    }

    @Test
    void eachClientBehindTheBalancerHasItsOwnLimit() {
        String first = randomClient();
        String second = randomClient();
        for (int i = 0; i < BURST; i++) {
            assertThat(through(first).status()).isEqualTo(200);
            assertThat(through(second).status()).isEqualTo(200);
        }

        assertThat(through(first).status()).isEqualTo(429);
        assertThat(through(second).status()).isEqualTo(429);
        assertThat(through(randomClient()).status()).isEqualTo(200);
    }

    @Test
    void whatTheClientPutLeftOfItsAddressDoesNotBuyItANewBucket() {
        String client = randomClient();
        for (int i = 0; i < BURST; i++) {
            assertThat(through("198.51.100." + i + ", " + client).status()).isEqualTo(200);
        }

        assertThat(through("198.51.100.99, " + client).status()).isEqualTo(429);
    }

    @Test
    void theAccessLogNamesTheClientNotTheBalancer() throws Exception {
        String client = randomClient();
        try (AccessLogCapture log = new AccessLogCapture()) {
            through("192.0.2.1, " + client);
            Thread.sleep(100);

            assertThat(log.fields()).anySatisfy(line -> assertThat(line).contains("client=" + client));
            assertThat(log.fields()).noneSatisfy(line -> assertThat(line).contains("client=192.0.2.1"));
        }
    }

    private ApiClient.Response through(String forwardedFor) {
        return ApiClient.at(server.getURL().toString())
                .withHeader("X-Forwarded-For", forwardedFor)
                .get("/api/v1/categories");
    }

    // A client no other test of this class has used.
    private static String randomClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }
}
