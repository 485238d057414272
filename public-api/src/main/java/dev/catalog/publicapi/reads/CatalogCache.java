package dev.catalog.publicapi.reads;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The in-process cache of ready representations, bounded by the bytes it holds. Nothing expires by
 * time: entries leave when the database announces a change to them, when the change listener
 * reconnects (notifications may have been missed), or when the bound pushes them out.
 */
@Singleton
public class CatalogCache {

    /** What is cached, with its share of the byte budget. */
    public enum Region {
        PRODUCT_BY_ID(40), PRODUCT_BY_SKU(30), PRODUCT_PAGE(20), CATEGORY(10);

        private final int percent;

        Region(int percent) {
            this.percent = percent;
        }
    }

    private final Map<Region, AsyncCache<Object, Representation>> regions = new EnumMap<>(Region.class);
    // Counts evictions, raised before each: a load that began before one may have been missed by it.
    private final AtomicLong evictions = new AtomicLong();

    CatalogCache(ReadConfiguration configuration) {
        for (Region region : Region.values()) {
            regions.put(region, Caffeine.newBuilder()
                    .maximumWeight(configuration.cacheMaxBytes() * region.percent / 100)
                    .weigher(CatalogCache::weigh)
                    .recordStats()
                    .buildAsync());
        }
    }

    AsyncCache<Object, Representation> region(Region region) {
        return regions.get(region);
    }

    /** The cached representation if one is loaded, without waiting for or starting a load. */
    @Nullable
    Representation peek(Region region, Object key) {
        CompletableFuture<Representation> future = regions.get(region).getIfPresent(key);
        return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.getNow(null) : null;
    }

    /**
     * The cached answer for {@code key}, or a load of it that shares one query with concurrent misses.
     * An eviction does not see a load whose entry is still being created (Caffeine leaves invalidateAll
     * undefined for those), so a load during which an eviction ran is dropped from the cache once it is
     * in: its callers still get its answer, later reads load again.
     */
    CompletableFuture<Representation> get(Region region, Object key, Supplier<CompletableFuture<Representation>> load) {
        AsyncCache<Object, Representation> cache = regions.get(region);
        CompletableFuture<Representation> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached; // a hit: nothing built, nothing allocated
        }
        long[] startedAt = {-1};
        CompletableFuture<Representation> answer = cache.get(key, (k, executor) -> {
            startedAt[0] = evictions.get();
            return load.get();
        });
        if (startedAt[0] >= 0 && startedAt[0] != evictions.get()) {
            cache.asMap().remove(key, answer);
        }
        return answer;
    }

    /** A product changed: its own entries go, and every list and category count that may show it. */
    public void evictProduct(long id, @Nullable String sku) {
        evictions.incrementAndGet();
        regions.get(Region.PRODUCT_BY_ID).synchronous().invalidate(id);
        if (sku != null) {
            regions.get(Region.PRODUCT_BY_SKU).synchronous().invalidate(sku);
        }
        regions.get(Region.PRODUCT_PAGE).synchronous().invalidateAll();
        regions.get(Region.CATEGORY).synchronous().invalidateAll();
    }

    /** Everything goes: a category changed (its name is in every product), or changes may have been missed. */
    public void evictAll() {
        evictions.incrementAndGet();
        regions.values().forEach(cache -> cache.synchronous().invalidateAll());
    }

    public long entries() {
        return regions.values().stream().mapToLong(cache -> cache.synchronous().estimatedSize()).sum();
    }

    private static int weigh(Object key, Representation representation) {
        return 64 + (representation.body() == null ? 0 : representation.body().length);
    }
}
