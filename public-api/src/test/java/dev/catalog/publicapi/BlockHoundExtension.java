package dev.catalog.publicapi;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;

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

    private static synchronized void install() {
        if (installed) {
            return;
        }
        BlockHound.builder()
                .blockingMethodCallback(method -> {
                    VIOLATIONS.add(method + " on " + Thread.currentThread().getName());
                    throw new Error("Blocking call " + method + " on " + Thread.currentThread().getName());
                })
                .install();
        installed = true;
    }
}
