package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.data.model.Sort;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The staff product list's SQL for one filter, shared by the page, its count and the CSV export. Its
 * WHERE and ORDER BY depend on the chosen filters and sort, so it is assembled from fixed fragments and
 * bound parameters only (never user text in SQL).
 */
record ProductListQuery(String where, List<Object> values, String orderBy) {

    private static final String SELECT = """
            SELECT p.id, p.sku, p.name, p.price, p.currency, p.stock, p.status, c.name AS category_name,
                   b.name AS brand_name, p.updated_at, c.slug AS category_slug, b.slug AS brand_slug, p.description
            FROM product p JOIN category c ON c.id = p.category_id LEFT JOIN brand b ON b.id = p.brand_id""";

    /** The admin API's list: every column of product, in the API's order (properties of product only). */
    static ProductListQuery ofProducts(ProductFilter filter, Sort sort) {
        ProductListQuery list = of(filter);
        List<Sort.Order> orders = sort.getOrderBy();
        String orderBy = orders.stream()
                .map(order -> ProductSorting.column(order.getProperty()) + direction(order))
                .collect(Collectors.joining(", "));
        // The id breaks ties in the direction of the last sort, so one index (column, id) serves both directions.
        String tieBreak = "p.id" + (orders.isEmpty() ? " ASC" : direction(orders.get(orders.size() - 1)));
        return new ProductListQuery(list.where, list.values, " ORDER BY " + (orderBy.isEmpty() ? "" : orderBy + ", ") + tieBreak);
    }

    private static String direction(Sort.Order order) {
        return order.isAscending() ? " ASC" : " DESC";
    }

    /** The whole products matching, a page of them from {@code offset} ({@link #bind} first, then limit and offset). */
    String productsPageSql() {
        return "SELECT p.* FROM product p" + where + orderBy + " LIMIT ? OFFSET ?";
    }

    static ProductListQuery of(ProductFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.categoryId() != null) {
            conditions.add("p.category_id = ?");
            values.add(filter.categoryId());
        }
        if (filter.brandId() != null) {
            conditions.add("p.brand_id = ?");
            values.add(filter.brandId());
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
        String direction = filter.descending() ? " DESC" : " ASC";
        return new ProductListQuery(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions),
                List.copyOf(values),
                " ORDER BY " + ProductSorting.column(filter.sortKey()) + direction + ", p.id" + direction);
    }

    /** Every matching row, in list order. */
    String rowsSql() {
        return SELECT + where + orderBy;
    }

    /** At most {@code limit} matching rows from {@code offset}: bind them after {@link #bind}. */
    String pageSql() {
        return rowsSql() + " LIMIT ? OFFSET ?";
    }

    /** How many rows match, counted no further than {@code cap}. */
    String countSql(long cap) {
        return "SELECT count(*) FROM (SELECT 1 FROM product p" + where + " LIMIT " + cap + ") matching";
    }

    /** Binds the filter's values; returns the index of the next parameter. */
    int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return values.size() + 1;
    }

    static ProductRow row(ResultSet result) throws SQLException {
        return new ProductRow(result.getLong("id"), result.getString("sku"), result.getString("name"),
                result.getBigDecimal("price"), result.getString("currency"), result.getInt("stock"),
                ProductStatus.valueOf(result.getString("status")), result.getString("category_name"),
                result.getString("brand_name"), result.getTimestamp("updated_at").toInstant(),
                result.getString("category_slug"), result.getString("brand_slug"), result.getString("description"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
