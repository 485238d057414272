package dev.catalog.publicapi.changes;

import dev.catalog.model.changes.CatalogChange;
import dev.catalog.support.observation.LatencyBuckets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * How long a change takes from the database (its trigger's clock) to the cache's eviction here:
 * {@code catalog_changes_lag_seconds} on /prometheus, a histogram (buckets up to 5 s). Both clocks must agree for this to mean anything;
 * on one host, or hosts kept in sync by NTP, they do to within a millisecond or so.
 * A binder the registry calls (not a registry user): the registry's binders include the change feed's.
 */
@Singleton
class ChangeLag implements MeterBinder {

    @Nullable
    private volatile Timer timer;

    @Override
    public void bindTo(MeterRegistry registry) {
        timer = Timer.builder("catalog.changes.lag")
                .description("From a committed change in the database to its eviction from public-api's cache")
                .serviceLevelObjectives(LatencyBuckets.PROPAGATION)
                .register(registry);
    }

    void applied(CatalogChange change) {
        Timer lag = timer;
        if (lag != null && change.sentAtMs() != null) {
            lag.record(Math.max(0, System.currentTimeMillis() - change.sentAtMs()), TimeUnit.MILLISECONDS);
        }
    }
}
