package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BrandRepository extends SlugNamedRepository<Brand> {

    /** A deleted brand back under its own id (a save would take a new one). */
    @Query("INSERT INTO brand (id, slug, name) VALUES (:id, :slug, :name)")
    void insertWithId(long id, String slug, String name);
}
