package dev.catalog.admin;

import dev.catalog.model.SchemaVersion;
import dev.catalog.model.catalog.PublicCatalog;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Starting admin-service on an empty database applies every migration, up to the shared schema version. */
@IntegrationTest
class MigrationsIT implements AdminTestDatabase {

    @Test
    void migrationsReachTheSchemaVersionTheCodeWasBuiltFor() throws SQLException {
        try (Connection connection = TestDatabase.fresh().connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT max(CAST(version AS integer)), bool_and(success) FROM flyway_schema_history")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(SchemaVersion.CURRENT);
            assertThat(row.getBoolean(2)).isTrue();
        }
    }

    @Test
    void catalogAndStaffTablesExist() throws SQLException {
        try (Connection connection = TestDatabase.fresh().connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                             + "AND table_name IN ('category', 'product', 'staff_user')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3);
        }
    }

    @Test
    void thePublicListIndexesAreBuiltOnTheConditionPublicApiQueriesWith() throws SQLException {
        try (Connection connection = TestDatabase.fresh().connect();
             Statement statement = connection.createStatement()) {
            // PostgreSQL's own spelling of the shared condition, from a throwaway index on a copy of product.
            statement.execute("CREATE TEMP TABLE p (LIKE product)");
            statement.execute("CREATE INDEX ON p (id) WHERE " + PublicCatalog.PRODUCT_CONDITION.replace("p.", ""));
            String shared = predicates(statement, "'p'::regclass").get(0);

            assertThat(predicates(statement, "'product'::regclass")).isNotEmpty().containsOnly(shared);
        }
    }

    private static List<String> predicates(Statement statement, String table) throws SQLException {
        List<String> predicates = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT pg_get_expr(indpred, indrelid) FROM pg_index "
                + "WHERE indrelid = " + table + " AND indpred IS NOT NULL")) {
            while (rows.next()) {
                predicates.add(rows.getString(1));
            }
        }
        return predicates;
    }
}
