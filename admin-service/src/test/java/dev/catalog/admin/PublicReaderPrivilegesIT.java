package dev.catalog.admin;

import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The role public-api reads through (catalog_reader) may read exactly what public-api reads: the
 * migrations grant it, and every table is named here as public or staff-only, so a new table cannot
 * slip by either way.
 */
@IntegrationTest
class PublicReaderPrivilegesIT implements AdminTestDatabase {

    /** What public-api's queries read: each table and its columns. */
    private static final Map<String, Set<String>> PUBLIC = Map.of(
            "product", Set.of("id", "sku", "name", "description", "price", "currency", "stock", "status",
                    "category_id", "brand_id", "updated_at", "search"),
            "category", Set.of("id", "slug", "name", "description"),
            "brand", Set.of("id", "slug", "name"),
            "flyway_schema_history", Set.of("installed_rank", "version", "success"),
            "schema_compatibility", Set.of("readable_by_builds_from"));

    /** Tables only admin-service reads. */
    private static final Set<String> STAFF_ONLY = Set.of("staff_user", "api_token", "login_failure", "audit_entry",
            "staff_second_factor", "staff_recovery_code", "staff_session", "audit_origin", "scheduled_change", "product_import",
            "product_import_row");

    private final TestDatabase.Coordinates owner = TestDatabase.fresh();

    @Test
    void everyTableIsNamedAsPublicOrStaffOnly() throws SQLException {
        Set<String> named = new HashSet<>(PUBLIC.keySet());
        named.addAll(STAFF_ONLY);

        assertThat(query(owner, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .as("a table the grant list (afterMigrate__public_reader_grants.sql) and this test do not name: "
                        + "add it to one of them")
                .containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void theReaderMaySelectExactlyThePublicColumnsAndNothingElse() throws SQLException {
        Map<String, Set<String>> granted = new HashMap<>();
        for (String row : query(owner, """
                SELECT table_name || '.' || column_name || '.' || privilege_type
                FROM information_schema.column_privileges
                WHERE grantee = 'catalog_reader' AND table_schema = 'public'""")) {
            String[] parts = row.split("\\.");
            assertThat(parts[2]).as(row).isEqualTo("SELECT");
            granted.computeIfAbsent(parts[0], table -> new TreeSet<>()).add(parts[1]);
        }

        assertThat(granted).isEqualTo(PUBLIC);
        assertThat(query(owner, "SELECT table_name FROM information_schema.table_privileges "
                + "WHERE grantee = 'catalog_reader' AND table_schema = 'public'"))
                .as("no table-wide privilege: new columns stay staff-only").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff_user", "api_token", "login_failure", "audit_entry", "staff_second_factor",
        "staff_recovery_code", "staff_session"})
    void staffTablesAreRefusedToTheReader(String table) {
        assertRefused("SELECT * FROM " + table + " LIMIT 1");
    }

    @Test
    void columnsPublicApiDoesNotReadAreRefused() {
        assertRefused("SELECT version, created_at, published_at FROM product LIMIT 1");
        assertRefused("SELECT * FROM flyway_schema_history LIMIT 1");
    }

    @Test
    void anOlderBuildStartingBesideANewerOneLeavesTheNewerGrantsAlone() throws SQLException {
        TestDatabase.Coordinates database = TestDatabase.another();
        TestDatabase.migrate(database);
        // what a newer build's migrations would have granted
        database.update("GRANT SELECT (created_at) ON product TO catalog_reader");

        TestDatabase.migrate(database, TestDatabase.newestMigration() - 1);
        assertThat(query(database.asPublicReader(), "SELECT count(created_at) FROM product")).containsExactly("0");

        TestDatabase.migrate(database);
        assertThatThrownBy(() -> query(database.asPublicReader(), "SELECT count(created_at) FROM product"))
                .as("this build's own grants, again").isInstanceOf(SQLException.class);
    }

    @Test
    void theReaderCannotWrite() {
        assertRefused("UPDATE product SET stock = stock");
        assertRefused("INSERT INTO category (slug, name) VALUES ('x', 'x')");
        assertRefused("DELETE FROM flyway_schema_history");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> query(owner.asPublicReader(), sql))
                .as(sql)
                .isInstanceOfSatisfying(SQLException.class,
                        refused -> assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("42501"));
    }

    private static Set<String> query(TestDatabase.Coordinates database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return values;
            }
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
