package dev.catalog.admin.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import dev.catalog.model.catalog.Category;

import java.util.List;

/** Every category by name, for pickers and filters: hundreds of rows, two short columns. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CatalogPicker extends GenericRepository<Category, Long> {

    @Query("SELECT id, name, slug FROM category ORDER BY name, id")
    List<CategoryChoice> categoryChoices();
}
