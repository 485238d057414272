package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.replicas.ReadRouter;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Runs the queries for published products, each built on {@link PublishedProduct#SELECT} and each row
 * mapped by {@link PublishedProduct#from}: one way in, one way out, for every product read. Where each
 * runs (the primary or a standby that is fresh enough) is the {@link ReadRouter}'s choice.
 */
@Singleton
class PublishedProductQueries {

    private static final String BY_SKU = PublishedProduct.SELECT + " AND p.sku = $1";
    private static final String BY_IDS = PublishedProduct.SELECT + " AND p.id = ANY($1)";

    private final ReadRouter router;

    PublishedProductQueries(ReadRouter router) {
        this.router = router;
    }

    Flux<PublishedProduct> search(ProductSearch search) {
        ProductSearchStatement statement = ProductSearchStatement.of(search);
        return router.anything(statement.sql(), statement.bindings(), PublishedProduct::from);
    }

    Mono<PublishedProduct> bySku(String sku) {
        return router.productBySku(sku, BY_SKU, List.of(sku), PublishedProduct::from).next();
    }

    Flux<PublishedProduct> byIds(List<Long> ids) {
        // one binding, $1: the whole array
        return router.products(ids, BY_IDS, List.of((Object) ids.toArray(Long[]::new)), PublishedProduct::from);
    }
}
