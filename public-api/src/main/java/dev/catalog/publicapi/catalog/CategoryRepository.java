package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CategoryView;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.PublicCatalog;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@R2dbcRepository(dialect = Dialect.POSTGRES)
interface CategoryRepository extends GenericRepository<Product, Long> {

    String WITH_PUBLISHED_COUNTS = """
            SELECT c.slug, c.name, c.description, count(p.id) AS published_products
            FROM category c
            LEFT JOIN product p ON p.category_id = c.id AND\s""" + PublicCatalog.PRODUCT_CONDITION + "\n";

    @Query(WITH_PUBLISHED_COUNTS + "GROUP BY c.id ORDER BY c.name, c.slug")
    Flux<CategoryView> findAllWithPublishedCounts();

    @Query(WITH_PUBLISHED_COUNTS + "WHERE c.slug = :slug GROUP BY c.id")
    Mono<CategoryView> findBySlugWithPublishedCount(String slug);
}
