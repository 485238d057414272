package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BrandRepository extends PageableRepository<Brand, Long> {

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNotEqual(String slug, Long id);
}
