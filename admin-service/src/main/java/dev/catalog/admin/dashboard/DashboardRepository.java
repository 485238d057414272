package dev.catalog.admin.dashboard;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DashboardRepository extends GenericRepository<Product, Long> {

    // One grouped scan of the status index; cheap even at 100,000 products.
    @Query("SELECT status, count(*) AS count FROM product GROUP BY status ORDER BY status")
    List<StatusCount> countByStatus();

    @Query("SELECT count(*) FROM category")
    long countCategories();
}
