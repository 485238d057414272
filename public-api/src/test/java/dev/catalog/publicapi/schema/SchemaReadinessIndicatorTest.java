package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaReadinessIndicatorTest {

    @Test
    void readableSchemaIsUp() {
        HealthResult result = resultWithHistory(Mono.just(String.valueOf(SchemaVersion.CURRENT)));

        assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(result.getDetails()).isEqualTo(Map.of("reason", "schema version " + SchemaVersion.CURRENT));
    }

    @Test
    void unreadableSchemaIsDown() {
        HealthResult result = resultWithHistory(Mono.just(String.valueOf(SchemaVersion.OLDEST_READABLE - 1)));

        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
    }

    @Test
    void unreachableDatabaseIsDownWithTheReason() {
        R2dbcNonTransientResourceException refused = new R2dbcNonTransientResourceException("connection refused");

        HealthResult result = resultWithHistory(Mono.error(refused));

        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(result.getDetails()).isEqualTo(Map.of("reason", "database unreachable: connection refused"));
    }

    private static HealthResult resultWithHistory(Mono<String> newestVersion) {
        SchemaReadinessIndicator indicator = new SchemaReadinessIndicator(
                new SchemaCheck(SchemaCheckTest.history(newestVersion, Mono.just(SchemaVersion.OLDEST_READABLE))));
        return Mono.from(indicator.getResult()).block();
    }
}
