package dev.catalog.publicapi.schema;

import dev.catalog.support.startup.StartupFailures;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says at start, in one line, whether the database is reachable and readable. public-api keeps running
 * either way: readiness stays DOWN until the database and its schema are right, then it serves.
 */
@Singleton
class SchemaStartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaStartupReport.class);

    private final SchemaCheck schema;

    SchemaStartupReport(SchemaCheck schema) {
        this.schema = schema;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        schema.check().subscribe(SchemaStartupReport::report, SchemaStartupReport::reportFailure);
    }

    private static void report(SchemaStatus status) {
        if (status.readable()) {
            LOG.info("Database ready: {}", status.description());
        } else {
            LOG.error("Database not readable by this build: {}. Readiness stays DOWN until this is fixed.",
                    status.description());
        }
    }

    private static void reportFailure(Throwable error) {
        LOG.error("Database not reachable: {} Readiness stays DOWN until it is.", StartupFailures.describe(error));
    }
}
