package dev.catalog.support.shutdown;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Duration;

/**
 * The stop sequence docker and Kubernetes expect, on SIGTERM: readiness DOWN at once, keep serving for
 * {@code readiness-delay} (so whatever routes traffic here notices and stops), then the JVM's normal
 * shutdown, in which Micronaut's graceful shutdown closes the listener and lets in-flight requests finish
 * within its grace period. A second SIGTERM skips the wait.
 *
 * <p>Only the services' main methods turn this on ({@code catalog.shutdown.drain-on-term}): a test JVM must
 * keep the JVM's own SIGTERM handling. {@code sun.misc.Signal} is the JDK's only way to act on a signal
 * before the shutdown hooks run; it lives in the supported-in-practice {@code jdk.unsupported} module.
 */
@Singleton
@Requires(property = DrainOnTerm.ENABLED, value = "true")
class DrainOnTerm implements ApplicationEventListener<ServerStartupEvent> {

    static final String ENABLED = "catalog.shutdown.drain-on-term";
    /** The exit status of a process ended by SIGTERM (128 + 15), as the JVM itself would report. */
    private static final int TERMINATED = 143;
    private static final Logger LOG = LoggerFactory.getLogger(DrainOnTerm.class);

    private final ShutdownReadiness readiness;
    private final Duration readinessDelay;
    private final Duration gracePeriod;

    DrainOnTerm(ShutdownReadiness readiness,
                @Value("${catalog.shutdown.readiness-delay:5s}") Duration readinessDelay,
                @Value("${micronaut.lifecycle.graceful-shutdown.grace-period:15s}") Duration gracePeriod) {
        this.readiness = readiness;
        this.readinessDelay = readinessDelay;
        this.gracePeriod = gracePeriod;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        Signal.handle(new Signal("TERM"), signal -> onTerm());
    }

    private void onTerm() {
        if (!readiness.markStopping()) {
            LOG.warn("SIGTERM again: stopping now");
            exit();
            return;
        }
        LOG.info("SIGTERM: readiness is DOWN; serving for {} more, then draining in-flight requests for up to {}",
                readinessDelay, gracePeriod);
        Thread stopper = new Thread(() -> {
            sleep(readinessDelay);
            exit();
        }, "drain-on-term");
        stopper.start();
    }

    private static void exit() {
        // Runs the shutdown hooks, Micronaut's graceful shutdown among them, then ends the JVM.
        System.exit(TERMINATED);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
