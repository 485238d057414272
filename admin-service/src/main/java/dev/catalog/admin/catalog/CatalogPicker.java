package dev.catalog.admin.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import dev.catalog.model.catalog.Category;

import java.util.List;

/** Every category and brand by name, for pickers, filters and their lists: hundreds of rows at most. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CatalogPicker extends GenericRepository<Category, Long> {

    @Query("SELECT id, name, slug FROM category ORDER BY name, id")
    List<CategoryChoice> categoryChoices();

    @Query("""
            SELECT c.id, c.slug, c.name, count(p.id) AS products FROM category c
            LEFT JOIN product p ON p.category_id = c.id
            GROUP BY c.id ORDER BY c.name, c.id""")
    List<CategorySummary> categorySummaries();

    @Query("SELECT id, name, slug FROM brand ORDER BY name, id")
    List<BrandChoice> brandChoices();

    @Query("""
            SELECT b.id, b.slug, b.name, count(p.id) AS products FROM brand b
            LEFT JOIN product p ON p.brand_id = b.id
            GROUP BY b.id ORDER BY b.name, b.id""")
    List<BrandSummary> brandSummaries();
}
