package dev.catalog.admin;

import dev.catalog.model.SchemaVersion;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
}
