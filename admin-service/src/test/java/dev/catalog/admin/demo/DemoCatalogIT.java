package dev.catalog.admin.demo;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CATALOG_DEMO_PRODUCTS fills an empty catalog at start, deterministically. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCatalogIT {

    private static final int PRODUCTS = 5_000;

    private TestDatabase.Coordinates database;

    @BeforeAll
    void startWithDemoCatalog() {
        database = TestDatabase.another();
        Map<String, Object> properties = new HashMap<>(AdminTestDatabase.on(database));
        properties.put("catalog.demo.products", PRODUCTS);
        properties.put("micronaut.server.port", -1);
        ApplicationContext.run(properties, Environment.TEST).close();
    }

    @Test
    void loadsTheRequestedNumberOfProducts() throws SQLException {
        assertThat(query("SELECT count(*) FROM product")).isEqualTo(PRODUCTS);
    }

    @Test
    void spreadsProductsOverTwentyCategories() throws SQLException {
        assertThat(query("SELECT count(*) FROM category")).isEqualTo(20);
        assertThat(query("SELECT count(DISTINCT category_id) FROM product")).isEqualTo(20);
    }

    @Test
    void aboutNinetyPercentArePublishedInEveryCategory() throws SQLException {
        double published = query("SELECT count(*) FROM product WHERE status = 'PUBLISHED'") / (double) PRODUCTS;
        assertThat(published).isCloseTo(0.9, within(0.03));
        assertThat(query("""
                SELECT count(*) FROM (SELECT category_id FROM product GROUP BY category_id
                HAVING avg(CASE WHEN status = 'PUBLISHED' THEN 1.0 ELSE 0 END) < 0.8) AS thin""")).isZero();
    }

    @Test
    void sameSizeAlwaysGivesTheSameCatalog() throws SQLException {
        assertThat(text("SELECT sku || ' ' || name || ' ' || price FROM product ORDER BY id LIMIT 1"))
                .isEqualTo("DEMO-0000001 Classic Laptop Stand 101 82.99");
    }

    @Test
    void pricesAndStockAreRealistic() throws SQLException {
        assertThat(query("SELECT count(*) FROM product WHERE price < 1 OR price > 1000")).isZero();
        assertThat(query("SELECT count(*) FROM product WHERE stock = 0")).isBetween(1L, PRODUCTS / 5L);
    }

    // Without statistics the planner guesses one row and reads a whole category per public list page.
    @Test
    void leavesTheProductTableWithStatistics() throws SQLException {
        assertThat(query("SELECT reltuples::bigint FROM pg_class WHERE relname = 'product'")).isEqualTo(PRODUCTS);
        assertThat(query("SELECT count(*) FROM pg_stats WHERE tablename = 'product' AND attname = 'category_id'"))
                .isEqualTo(1);
    }

    @Test
    void aSecondStartDoesNotLoadAgain() throws SQLException {
        Map<String, Object> properties = new HashMap<>(AdminTestDatabase.on(database));
        properties.put("catalog.demo.products", 10);
        properties.put("micronaut.server.port", -1);
        ApplicationContext.run(properties, Environment.TEST).close();

        assertThat(query("SELECT count(*) FROM product")).isEqualTo(PRODUCTS);
    }

    private long query(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
