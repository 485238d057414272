package dev.catalog.publicapi;

import dev.catalog.testing.IntegrationTest;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** public-api's own connections cannot write, whatever code runs on them: PostgreSQL refuses. */
@IntegrationTest
class ReadOnlyConnectionIT implements PublicApiTestDatabase {

    private static final String READ_ONLY_TRANSACTION = "25006";

    @Inject
    ConnectionFactory connections;

    @Test
    void writeThroughPublicApisConnectionIsRefusedByPostgres() {
        R2dbcException refused = catchThrowableOfType(R2dbcException.class, () -> Flux.usingWhen(
                        connections.create(),
                        connection -> Flux.from(connection.createStatement(
                                        "INSERT INTO category (slug, name) VALUES ('written-by-public-api', 'No')")
                                .execute()).flatMap(result -> result.getRowsUpdated()),
                        connection -> connection.close())
                .blockLast());

        assertThat(refused).isNotNull();
        assertThat(refused.getSqlState()).isEqualTo(READ_ONLY_TRANSACTION);
    }

    @Test
    void readThroughPublicApisConnectionWorks() {
        Long categories = Flux.usingWhen(
                        connections.create(),
                        connection -> Flux.from(connection.createStatement("SELECT count(*) FROM category").execute())
                                .flatMap(result -> result.map(row -> row.get(0, Long.class))),
                        connection -> connection.close())
                .blockLast();

        assertThat(categories).isNotNull();
    }
}
