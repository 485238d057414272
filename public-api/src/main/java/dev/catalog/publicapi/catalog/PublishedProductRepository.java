package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of published products only: every query starts from {@link #PUBLISHED}, so a draft cannot leak. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface PublishedProductRepository extends GenericRepository<Product, Long> {

    String PUBLISHED = """
            SELECT p.id, p.sku, p.name, p.description, p.price, p.currency, p.stock,
                   c.slug AS category_slug, c.name AS category_name, p.updated_at
            FROM product p
            JOIN category c ON c.id = p.category_id
            WHERE p.status = 'PUBLISHED'
            """;

    @Query(PUBLISHED + "AND p.id = :id")
    Mono<PublishedProduct> findById(long id);

    @Query(PUBLISHED + "AND p.sku = :sku")
    Mono<PublishedProduct> findBySku(String sku);

    @Query(PUBLISHED + "AND p.id > :afterId ORDER BY p.id LIMIT :limit")
    Flux<PublishedProduct> findPage(long afterId, int limit);

    @Query(PUBLISHED + "AND c.slug = :category AND p.id > :afterId ORDER BY p.id LIMIT :limit")
    Flux<PublishedProduct> findPageInCategory(String category, long afterId, int limit);
}
