package dev.catalog.publicapi.replicas;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each standby's state in the readiness details (management port): whether it takes reads, its replay
 * lag, and why not. Always UP: without its standbys this instance still answers everything, from the primary.
 */
@Singleton
@Readiness
@Requires(condition = StandbysConfigured.class)
class StandbyReadinessIndicator implements HealthIndicator {

    private final Standbys standbys;

    StandbyReadinessIndicator(Standbys standbys) {
        this.standbys = standbys;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (Standby standby : standbys.all()) {
            Standby.State state = standby.state();
            details.put(standby.name(), Map.of(
                    "serving", state.serving(),
                    "replayLagMs", state.lagMillis(),
                    "reason", state.reason()));
        }
        return Mono.just(HealthResult.builder("standbys", HealthStatus.UP).details(details).build());
    }
}
