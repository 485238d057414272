package dev.catalog.publicapi;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, in a test, for something the system does asynchronously. */
public final class Eventually {

    private Eventually() {
    }

    /** Polls {@code condition} every 10 ms until it holds; fails with {@code what} after {@code limit}. */
    public static void within(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
