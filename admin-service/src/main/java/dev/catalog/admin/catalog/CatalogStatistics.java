package dev.catalog.admin.catalog;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the planner's view of the catalog tables up to date after a bulk write. Without it, a freshly
 * loaded table has no statistics (the planner guesses one row and picks plans that read a whole
 * category per page), and the full-text index answers from its unsorted pending list until autovacuum
 * comes by. Call it after the bulk write has committed.
 */
@Singleton
public class CatalogStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogStatistics.class);

    private final DataSource dataSource;

    CatalogStatistics(DataSource dataSource) {
        // The raw pool: VACUUM refuses to run inside a transaction, so it needs an autocommit connection.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** VACUUM (ANALYZE) of product and category: fresh statistics, a flushed search index, a visibility map. */
    public void refreshAfterBulkWrite() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM (ANALYZE) product, category");
            LOG.info("Catalog statistics refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // The data is written and correct; only its planning is slower until autovacuum catches up.
            LOG.warn("Could not refresh the catalog statistics after a bulk write; autovacuum will: {}", e.getMessage());
        }
    }
}
