package dev.catalog.publicapi.schema;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not ready while the database is unreachable or its schema is not one this build reads. When a
 * migration makes the schema unreadable while this instance runs, it says so once, with what to do:
 * the balancer then stops sending it requests before any of them could fail.
 */
@Singleton
@Readiness
class SchemaReadinessIndicator implements HealthIndicator {

    private static final String NAME = "schema";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaReadinessIndicator.class);

    private final SchemaCheck schema;
    // null until the first check: the start-up report speaks for that one
    private final AtomicReference<Boolean> lastReadable = new AtomicReference<>();

    SchemaReadinessIndicator(SchemaCheck schema) {
        this.schema = schema;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return schema.check()
                .doOnNext(this::reportChange)
                .map(SchemaReadinessIndicator::toResult)
                .onErrorResume(e -> Mono.just(HealthResult.builder(NAME, HealthStatus.DOWN)
                        .details(Map.of("reason", "database unreachable: " + e.getMessage()))
                        .build()));
    }

    private void reportChange(SchemaStatus status) {
        Boolean before = lastReadable.getAndSet(status.readable());
        if (before == null || before == status.readable()) {
            return;
        }
        if (status.readable()) {
            LOG.info("Database readable again: {}. Readiness is UP.", status.description());
        } else {
            LOG.error("Database no longer readable by this build: {}. Readiness is DOWN until then.",
                    status.description());
        }
    }

    private static HealthResult toResult(SchemaStatus status) {
        return HealthResult.builder(NAME, status.readable() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("reason", status.description()))
                .build();
    }
}
