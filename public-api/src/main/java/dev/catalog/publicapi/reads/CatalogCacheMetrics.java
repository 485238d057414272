package dev.catalog.publicapi.reads;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The cache's hit ratio, size and evictions per region (cache_gets_total{cache=..,result=hit|miss}, ...)
 * and whether the change feed is live (catalog_changes_live 1/0), for Prometheus.
 */
@Singleton
class CatalogCacheMetrics implements MeterBinder {

    private final CatalogCache cache;
    private final ChangeFeedState changeFeed;

    CatalogCacheMetrics(CatalogCache cache, ChangeFeedState changeFeed) {
        this.cache = cache;
        this.changeFeed = changeFeed;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (CatalogCache.Region region : CatalogCache.Region.values()) {
            CaffeineCacheMetrics.monitor(registry, cache.region(region).synchronous(),
                    region.name().toLowerCase(Locale.ROOT));
        }
        Gauge.builder("catalog.changes.live", changeFeed, feed -> feed.isLive() ? 1 : 0)
                .description("1 while database change notifications reach the cache, 0 while they may be missed")
                .register(registry);
    }
}
