package dev.catalog.support.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Starts a service and, when it cannot start, says why in one readable line instead of a wall of stack
 * traces: the operator at a terminal or in {@code docker compose logs} needs the cause, not the frames.
 */
public final class ReadableStartup extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger(ReadableStartup.class);

    private final String serviceName;

    private ReadableStartup(String serviceName) {
        this.serviceName = serviceName;
    }

    public static ApplicationContext run(String serviceName, Class<?> mainClass, String... args) {
        ReadableStartup startup = new ReadableStartup(serviceName);
        // A real process: SIGTERM takes it out of readiness before it stops (see DrainOnTerm).
        startup.mainClass(mainClass).args(args).properties(Map.of("catalog.shutdown.drain-on-term", true));
        return startup.start();
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        LOG.error("{} could not start: {}", serviceName, StartupFailures.describe(exception));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Start-up failure in full", exception);
        }
        System.exit(1);
    }
}
