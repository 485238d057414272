package dev.catalog.support.shutdown;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness DOWN from the moment the service is told to stop, while it still serves: load balancers and
 * orchestrators take it out of rotation before its listener closes, so no new client is refused.
 */
@Singleton
@Readiness
public class ShutdownReadiness implements HealthIndicator {

    private static final String NAME = "shutdown";

    private final AtomicBoolean stopping = new AtomicBoolean();

    /** @return true the first time, false if the service was already stopping */
    boolean markStopping() {
        return stopping.compareAndSet(false, true);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult result = stopping.get()
                ? HealthResult.builder(NAME, HealthStatus.DOWN)
                        .details(Map.of("reason", "shutting down: no new requests please")).build()
                : HealthResult.builder(NAME, HealthStatus.UP).build();
        return Publishers.just(result);
    }
}
