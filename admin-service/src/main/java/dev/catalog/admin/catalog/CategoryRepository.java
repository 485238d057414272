package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Category;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CategoryRepository extends SlugNamedRepository<Category> {
}
