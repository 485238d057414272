package dev.catalog.admin;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults in application.yml that a plain {@code java -jar} gets. A default holding a colon must be
 * quoted (`...`) or Micronaut reads the colon as the start of another fallback.
 */
class ConfigurationDefaultsTest {

    @Test
    void redisDefaultsToTheLocalServer() {
        assertThat(property("redis.uri")).isEqualTo("redis://localhost:6379");
    }

    @Test
    void sessionKeysDefaultToTheCatalogNamespace() {
        assertThat(property("micronaut.session.http.redis.namespace")).isEqualTo("catalog:admin:session:");
        assertThat(property("micronaut.session.http.redis.active-sessions-key"))
                .isEqualTo("catalog:admin:session:active-sessions");
        assertThat(property("micronaut.session.http.redis.session-created-topic"))
                .isEqualTo("catalog:admin:session:event:session-created");
    }

    private static String property(String name) {
        try (Environment environment = new DefaultEnvironment(java.util.List::of).start()) {
            return environment.getProperty(name, String.class).orElseThrow();
        }
    }
}
