package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A writer that bypasses admin-service (psql, a script) still cannot store an invalid row. */
@IntegrationTest
class DatabaseConstraintsIT implements AdminTestDatabase {

    private static final String UNBRANDED = "(SELECT id FROM brand WHERE slug = 'unbranded')";

    private static final String VALID_PRODUCT =
            "'CHK-OK', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL";

    @BeforeAll
    void createCategoryAndOneProduct() throws SQLException {
        execute("INSERT INTO category (slug, name) VALUES ('constraint-checks', 'Constraint checks')");
        execute("INSERT INTO product (sku, name, price, currency, stock, category_id, status, published_at, brand_id) "
                + "VALUES (" + VALID_PRODUCT + ", " + UNBRANDED + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate sku        | 'CHK-OK', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "lower-case sku       | 'chk-1', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "one-letter sku       | 'C', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "blank name           | 'CHK-2', '   ', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "negative price       | 'CHK-3', 'Kettle', -0.01, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "bad currency         | 'CHK-4', 'Kettle', 12.50, 'eur', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "negative stock       | 'CHK-5', 'Kettle', 12.50, 'EUR', -1, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'DRAFT', NULL",
            "unknown status       | 'CHK-6', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'LIVE', NULL",
            "published, no date   | 'CHK-7', 'Kettle', 12.50, 'EUR', 3, (SELECT id FROM category WHERE slug = 'constraint-checks'), 'PUBLISHED', NULL",
            "missing category     | 'CHK-8', 'Kettle', 12.50, 'EUR', 3, 987654321, 'DRAFT', NULL",
            "no category          | 'CHK-9', 'Kettle', 12.50, 'EUR', 3, NULL, 'DRAFT', NULL",
    })
    void invalidProductRowIsRejected(String rule, String values) {
        assertThatThrownBy(() -> execute("INSERT INTO product (sku, name, price, currency, stock, category_id, "
                + "status, published_at, brand_id) VALUES (" + values + ", " + UNBRANDED + ")"))
                .as(rule)
                .isInstanceOf(SQLException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate slug       | 'constraint-checks', 'Again'",
            "upper-case slug      | 'Garden', 'Garden'",
            "double dash slug     | 'garden--tools', 'Garden tools'",
            "blank name           | 'garden', ''",
    })
    void invalidCategoryRowIsRejected(String rule, String values) {
        assertThatThrownBy(() -> execute("INSERT INTO category (slug, name) VALUES (" + values + ")"))
                .as(rule)
                .isInstanceOf(SQLException.class);
    }

    @Test
    void categoryWithProductsCannotBeDeleted() {
        assertThatThrownBy(() -> execute("DELETE FROM category WHERE slug = 'constraint-checks'"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("product_category_fk");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.fresh().connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
