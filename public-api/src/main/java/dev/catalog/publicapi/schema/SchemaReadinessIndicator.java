package dev.catalog.publicapi.schema;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;

/** Not ready while the database is unreachable or its schema is not one this build reads. */
@Singleton
@Readiness
class SchemaReadinessIndicator implements HealthIndicator {

    private static final String NAME = "schema";

    private final SchemaCheck schema;

    SchemaReadinessIndicator(SchemaCheck schema) {
        this.schema = schema;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return schema.check()
                .map(SchemaReadinessIndicator::toResult)
                .onErrorResume(e -> Mono.just(HealthResult.builder(NAME, HealthStatus.DOWN)
                        .details(Map.of("reason", "database unreachable: " + e.getMessage()))
                        .build()));
    }

    private static HealthResult toResult(SchemaStatus status) {
        return HealthResult.builder(NAME, status.readable() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("reason", status.description()))
                .build();
    }
}
