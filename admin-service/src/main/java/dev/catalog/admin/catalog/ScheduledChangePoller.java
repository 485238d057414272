package dev.catalog.admin.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance looks for due changes once per {@code catalog.schedules.poll-interval} (default 1 s):
 * a change happens within about that long of its time, and the look is one index probe.
 */
@Singleton
@Requires(property = "catalog.schedules.enabled", notEquals = "false")
class ScheduledChangePoller {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledChangePoller.class);

    private final DueScheduledChanges due;

    ScheduledChangePoller(DueScheduledChanges due) {
        this.due = due;
    }

    @Scheduled(fixedDelay = "${catalog.schedules.poll-interval:1s}", initialDelay = "${catalog.schedules.poll-interval:1s}")
    void runDue() {
        try {
            int ran = due.runDue();
            if (ran > 0) {
                LOG.info("Ran {} scheduled change(s)", ran);
            }
        } catch (RuntimeException e) {
            // the database away, most likely: the next poll tries again, nothing was lost
            LOG.warn("Scheduled changes not run this time: {}", e.toString());
        }
    }
}
