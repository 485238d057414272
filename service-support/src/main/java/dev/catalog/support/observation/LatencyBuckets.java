package dev.catalog.support.observation;

import java.time.Duration;

/**
 * Histogram boundaries for the timers the services publish, chosen around the objectives README states
 * (a cached read well under 10 ms, p99 under 50 ms, a change visible within 100 ms) so that
 * {@code histogram_quantile} is exact where an alert decides, and few enough to keep a scrape small.
 */
public final class LatencyBuckets {

    /** HTTP answers: from a cached read to a slow staff page. */
    public static final Duration[] HTTP = millis(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000);

    /** From a commit to the cache's eviction: the freshness objective is 100 ms. */
    public static final Duration[] PROPAGATION = millis(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000);

    private LatencyBuckets() {
    }

    private static Duration[] millis(long... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(values[i]);
        }
        return durations;
    }
}
