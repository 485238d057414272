package dev.catalog.publicapi.catalog;

import io.micronaut.data.r2dbc.operations.R2dbcOperations;
import io.r2dbc.spi.Statement;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import java.util.List;

/** Runs a {@link ProductSearchStatement} on a pooled connection and maps its rows. */
@Singleton
class ProductSearchRepository {

    private final R2dbcOperations operations;

    ProductSearchRepository(R2dbcOperations operations) {
        this.operations = operations;
    }

    Flux<PublishedProduct> find(ProductSearch search) {
        ProductSearchStatement statement = ProductSearchStatement.of(search);
        return Flux.from(operations.withConnection(connection -> Flux.from(
                        bind(connection.createStatement(statement.sql()), statement.bindings()).execute())
                .concatMap(result -> result.map(PublishedProduct::from))));
    }

    private static Statement bind(Statement statement, List<Object> bindings) {
        for (int i = 0; i < bindings.size(); i++) {
            statement.bind(i, bindings.get(i));
        }
        return statement;
    }
}
