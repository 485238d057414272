package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CategoryRepository extends SlugNamedRepository<Category> {

    /** A deleted category back under its own id (a save would take a new one). */
    @Query("INSERT INTO category (id, slug, name, description) VALUES (:id, :slug, :name, :description)")
    void insertWithId(long id, String slug, String name, @Nullable String description);
}
