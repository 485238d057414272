package dev.catalog.publicapi;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingMethod;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Installs BlockHound before the first test of the run (registered through the ServiceLoader, so every
 * test class gets it). A blocking call on a Netty event loop or a Reactor non-blocking thread fails the
 * request it happens in, and, since such an error can be swallowed by a retry or a fallback, it also
 * fails the test class during which it was seen.
 */
public class BlockHoundExtension implements BeforeAllCallback, AfterAllCallback {

    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
        VIOLATIONS.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!VIOLATIONS.isEmpty()) {
            throw new AssertionError("Blocking calls on non-blocking threads: " + VIOLATIONS);
        }
    }

    /** For the test that provokes a violation on purpose, to prove the guard works. */
    static void forgetViolations() {
        VIOLATIONS.clear();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        // install(...) also loads the Reactor and Netty integrations that mark their threads non-blocking.
        BlockHound.install(builder -> builder
                // Micronaut reads its META-INF/services lists once per JVM, on first use of a factory
                // (here, the first HttpResponse built): one-time class setup, not request-time I/O.
                .allowBlockingCallsInside("io.micronaut.core.io.service.ServiceScanner",
                        "computeStandardServiceTypeNames")
                // Netty loads its native transport once per JVM, on whichever thread opens the first
                // connection: with standbys that may be r2dbc-pool's allocator thread (Schedulers.single()).
                .allowBlockingCallsInside("io.netty.util.internal.NativeLibraryLoader", "load")
                .blockingMethodCallback(BlockHoundExtension::fail));
        installed = true;
    }

    private static void fail(BlockingMethod method) {
        String violation = method + " on " + Thread.currentThread().getName();
        VIOLATIONS.add(violation);
        throw new Error("Blocking call " + violation);
    }
}
