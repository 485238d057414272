package dev.catalog.admin.catalog;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;

/**
 * The product list as CSV, streamed: a server-side cursor is read a chunk at a time, and the next
 * chunk is read only when the client has taken the previous one, so 100,000 rows never sit in memory.
 */
@Singleton
class ProductCsvExport {

    /** The columns an import takes back (category and brand by slug); id and updated_at are for reading. */
    static final String[] HEADER = {"id", "sku", "name", "description", "category", "brand", "price", "currency",
        "stock", "status", "updated_at"};
    private static final int ROWS_PER_CHUNK = 500;

    private final DataSource dataSource;
    private final Scheduler blocking;

    ProductCsvExport(DataSource dataSource, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        // The raw pool, not the transaction-aware proxy: the cursor lives in a connection of its own.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    Flux<byte[]> export(ProductFilter filter) {
        return Flux.using(() -> Cursor.open(dataSource, filter), ProductCsvExport::chunks, Cursor::close)
                .subscribeOn(blocking);
    }

    private static Flux<byte[]> chunks(Cursor cursor) {
        return Flux.concat(Flux.just(line(HEADER)), Flux.generate(sink -> {
            byte[] chunk = cursor.next(ROWS_PER_CHUNK);
            if (chunk.length == 0) {
                sink.complete();
            } else {
                sink.next(chunk);
            }
        }));
    }

    private static byte[] line(String[] values) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord((Object[]) values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An open read-only transaction with a server-side cursor over the filtered, sorted products. */
    private record Cursor(Connection connection, PreparedStatement statement, ResultSet rows) {

        static Cursor open(DataSource dataSource, ProductFilter filter) throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                ProductListQuery query = ProductListQuery.of(filter);
                PreparedStatement statement = connection.prepareStatement(query.rowsSql());
                statement.setFetchSize(ROWS_PER_CHUNK);
                query.bind(statement);
                return new Cursor(connection, statement, statement.executeQuery());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        byte[] next(int maxRows) {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                for (int i = 0; i < maxRows && rows.next(); i++) {
                    ProductRow row = ProductListQuery.row(rows);
                    printer.printRecord(row.id(), row.sku(), SpreadsheetCells.safe(row.name()),
                            row.description() == null ? "" : SpreadsheetCells.safe(row.description()),
                            row.categorySlug(), row.brandSlug() == null ? "" : row.brandSlug(),
                            row.price().toPlainString(), row.currency(),
                            row.stock(), row.status().name(), row.updatedAt().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("reading the export cursor failed", e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                // The connection goes back to the pool (or is discarded by it) either way.
            }
        }
    }
}
