package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

/** A single published product by sku; the query starts from {@link PublishedProduct#SELECT}. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface PublishedProductRepository extends GenericRepository<Product, Long> {

    @Query(PublishedProduct.SELECT + " AND p.sku = :sku")
    Mono<PublishedProduct> findBySku(String sku);
}
