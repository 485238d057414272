package dev.catalog.publicapi.catalog;

import io.micronaut.data.r2dbc.operations.R2dbcOperations;
import io.r2dbc.spi.Statement;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Runs the queries for published products on a pooled connection, each built on {@link PublishedProduct#SELECT}
 * and each row mapped by {@link PublishedProduct#from}: one way in, one way out, for every product read.
 */
@Singleton
class PublishedProductQueries {

    private static final String BY_SKU = PublishedProduct.SELECT + " AND p.sku = $1";

    private final R2dbcOperations operations;

    PublishedProductQueries(R2dbcOperations operations) {
        this.operations = operations;
    }

    Flux<PublishedProduct> search(ProductSearch search) {
        ProductSearchStatement statement = ProductSearchStatement.of(search);
        return run(statement.sql(), statement.bindings());
    }

    Mono<PublishedProduct> bySku(String sku) {
        return run(BY_SKU, List.of(sku)).next();
    }

    /** {@code sql} must select {@link PublishedProduct#SELECT}'s columns; {@code bindings} fill $1, $2, ... */
    Flux<PublishedProduct> run(String sql, List<?> bindings) {
        return Flux.from(operations.withConnection(connection -> Flux.from(
                        bind(connection.createStatement(sql), bindings).execute())
                .concatMap(result -> result.map(PublishedProduct::from))));
    }

    private static Statement bind(Statement statement, List<?> bindings) {
        for (int i = 0; i < bindings.size(); i++) {
            statement.bind(i, bindings.get(i));
        }
        return statement;
    }
}
