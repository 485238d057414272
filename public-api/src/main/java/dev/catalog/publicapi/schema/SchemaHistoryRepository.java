package dev.catalog.publicapi.schema;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.r2dbc.annotation.R2dbcRepository;
import io.micronaut.data.repository.GenericRepository;
import reactor.core.publisher.Mono;

/** Reads what admin-service's Flyway recorded; public-api never migrates. */
@R2dbcRepository(dialect = Dialect.POSTGRES)
interface SchemaHistoryRepository extends GenericRepository<Product, Long>, SchemaHistory {

    @Override
    @Query("""
            SELECT version FROM flyway_schema_history
            WHERE success AND version IS NOT NULL
            ORDER BY installed_rank DESC
            LIMIT 1""")
    Mono<String> findNewestVersion();

    @Override
    @Query("SELECT readable_by_builds_from FROM schema_compatibility")
    Mono<Integer> findReadableByBuildsFrom();
}
