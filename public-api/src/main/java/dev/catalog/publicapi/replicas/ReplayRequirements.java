package dev.catalog.publicapi.replicas;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a standby must have replayed the primary's WAL before it may answer a read: past the position
 * of the last change this process was told of that the read could show. A product's own reads need its
 * own last change; a list or a category may show any product, so it needs the last change of all.
 * Positions are WAL bytes (LSNs) read on the primary after the change's notification arrived, so after
 * its commit. Written by the change listener's one thread, read on event loops: lock-free.
 */
@Singleton
public class ReplayRequirements {

    // Past this many remembered products, one floor stands for them all: stricter, never wrong. Nothing
    // is forgotten otherwise: a poll cannot tell that every standby behind one address has replayed it.
    private static final int MAX_REMEMBERED = 20_000;

    private final Map<Long, Long> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> bySku = new ConcurrentHashMap<>();
    private final AtomicLong floor = new AtomicLong();
    private final AtomicLong latest = new AtomicLong();
    private final boolean needed;

    ReplayRequirements(ReplicaConfiguration configuration) {
        this.needed = !configuration.standbys().isEmpty();
    }

    /** Whether any read may go to a standby, so changes need their WAL positions at all. */
    public boolean needed() {
        return needed;
    }

    /** A product (sku {@code sku}, under its old or new value) changed; committed before {@code position}. */
    public void productChanged(long id, String sku, long position) {
        if (!needed) {
            return;
        }
        byId.merge(id, position, Math::max);
        if (sku != null) {
            bySku.merge(sku, position, Math::max);
        }
        latest.accumulateAndGet(position, Math::max);
        if (byId.size() + bySku.size() > MAX_REMEMBERED) {
            floor.accumulateAndGet(latest.get(), Math::max);
            byId.clear();
            bySku.clear();
        }
    }

    /** Anything may have changed (a category, many products, or changes missed while not listening). */
    public void everythingChanged(long position) {
        if (!needed) {
            return;
        }
        floor.accumulateAndGet(position, Math::max);
        latest.accumulateAndGet(position, Math::max);
    }

    // The map before the floor: a fold raises the floor before it clears the map, so one of them has it.
    long forProduct(long id) {
        long own = byId.getOrDefault(id, 0L);
        return Math.max(own, floor.get());
    }

    long forSku(String sku) {
        long own = bySku.getOrDefault(sku, 0L);
        return Math.max(own, floor.get());
    }

    long forAnything() {
        return latest.get();
    }
}
