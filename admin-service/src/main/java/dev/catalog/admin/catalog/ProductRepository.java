package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Product;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.math.BigDecimal;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRepository extends PageableRepository<Product, Long> {

    boolean existsBySku(String sku);

    boolean existsBySkuAndIdNotEqual(String sku, Long id);

    boolean existsByCategoryId(Long categoryId);

    boolean existsByBrandId(Long brandId);

    /** A deleted product back under its own id (a save would take a new one); version and times start anew. */
    @Query("""
            INSERT INTO product (id, sku, name, description, price, currency, stock, category_id, brand_id, status,
                                 published_at)
            VALUES (:id, :sku, :name, :description, :price, :currency, :stock, :categoryId, :brandId, :status,
                    :publishedAt)""")
    void insertWithId(long id, String sku, String name, @Nullable String description, BigDecimal price,
                      String currency, int stock, long categoryId, @Nullable Long brandId, String status,
                      @Nullable Instant publishedAt);
}
