package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff product list's query. Its WHERE and ORDER BY depend on the chosen filters and sort, so it
 * is assembled here, from fixed fragments and bound parameters only (never user text in SQL).
 */
@Singleton
class ProductChangelistRepository {

    /** Counting stops here: "10,000+" is as useful to a person as an exact figure, and far cheaper. */
    static final int COUNT_CAP = 10_000;
    static final String SELECT = """
            SELECT p.id, p.sku, p.name, p.price, p.currency, p.stock, p.status, c.name AS category_name,
                   p.updated_at
            FROM product p JOIN category c ON c.id = p.category_id""";

    private final JdbcOperations jdbc;

    ProductChangelistRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, plus one more row to tell whether a next page exists. */
    @ReadOnly
    List<ProductRow> findPage(ProductFilter filter, int size) {
        Where where = Where.of(filter);
        String sql = SELECT + where.sql() + orderBy(filter) + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            int next = where.bind(statement);
            statement.setInt(next, size + 1);
            statement.setLong(next + 1, (long) filter.page() * size);
            return rows(statement.executeQuery());
        });
    }

    /** How many products match, counted up to {@link #COUNT_CAP} + 1. */
    @ReadOnly
    int countCapped(ProductFilter filter) {
        Where where = Where.of(filter);
        String sql = "SELECT count(*) FROM (SELECT 1 FROM product p" + where.sql() + " LIMIT " + (COUNT_CAP + 1)
                + ") matching";
        return jdbc.prepareStatement(sql, statement -> {
            where.bind(statement);
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getInt(1);
        });
    }

    static String orderBy(ProductFilter filter) {
        String direction = filter.descending() ? " DESC" : " ASC";
        return " ORDER BY " + ProductFilter.SORT_COLUMNS.get(filter.sortKey()) + direction + ", p.id" + direction;
    }

    static ProductRow row(ResultSet result) throws SQLException {
        return new ProductRow(result.getLong("id"), result.getString("sku"), result.getString("name"),
                result.getBigDecimal("price"), result.getString("currency"), result.getInt("stock"),
                ProductStatus.valueOf(result.getString("status")), result.getString("category_name"),
                result.getTimestamp("updated_at").toInstant());
    }

    private static List<ProductRow> rows(ResultSet result) throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        while (result.next()) {
            rows.add(row(result));
        }
        return rows;
    }

    /** The WHERE clause for a filter and the values to bind to it, in order. */
    record Where(String sql, List<Object> values) {

        static Where of(ProductFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (filter.categoryId() != null) {
                conditions.add("p.category_id = ?");
                values.add(filter.categoryId());
            }
            if (filter.status() != null) {
                conditions.add("p.status = ?");
                values.add(filter.status().name());
            }
            if (filter.inStock() != null) {
                conditions.add(filter.inStock() ? "p.stock > 0" : "p.stock = 0");
            }
            if (!filter.q().isEmpty()) {
                // Substring match on sku and name, served by the trigram indexes of V4.
                conditions.add("(p.sku ILIKE ? OR p.name ILIKE ?)");
                String pattern = "%" + escapeLike(filter.q()) + "%";
                values.add(pattern);
                values.add(pattern);
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
        }

        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return values.size() + 1;
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
