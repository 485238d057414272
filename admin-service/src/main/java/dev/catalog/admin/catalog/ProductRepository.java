package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRepository extends PageableRepository<Product, Long> {

    boolean existsBySku(String sku);

    boolean existsBySkuAndIdNotEqual(String sku, Long id);

    boolean existsByCategoryId(Long categoryId);

    boolean existsByBrandId(Long brandId);
}
