package dev.catalog.admin.demo;

import dev.catalog.admin.catalog.CatalogStatistics;
import dev.catalog.admin.startup.StartupLock;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the demo catalog at start when asked to and the catalog has no products yet. */
@Singleton
class DemoCatalogLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final DemoCatalogRepository demo;
    private final DemoCatalogConfiguration configuration;
    private final StartupLock startupLock;
    private final CatalogStatistics statistics;

    DemoCatalogLoader(DemoCatalogRepository demo, DemoCatalogConfiguration configuration, StartupLock startupLock,
                      CatalogStatistics statistics) {
        this.demo = demo;
        this.configuration = configuration;
        this.startupLock = startupLock;
        this.statistics = statistics;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (configuration.products() > 0 && load(configuration.products())) {
            statistics.refreshAfterBulkWrite();
        }
    }

    /** Fills an empty catalog with {@code count} products; returns false if it already had products. */
    @Transactional
    boolean load(int count) {
        startupLock.holdUntilCommit();
        if (demo.countProducts() > 0) {
            LOG.info("Demo catalog not loaded: the catalog already has products");
            return false;
        }
        long started = System.nanoTime();
        demo.insertDemoCategories();
        demo.insertDemoBrands();
        demo.insertDemoProducts(count);
        LOG.info("Loaded a demo catalog of {} products in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
