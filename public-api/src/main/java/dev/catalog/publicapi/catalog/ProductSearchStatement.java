package dev.catalog.publicapi.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of one {@link ProductSearch}: published products only, the chosen filters, a keyset
 * condition after the cursor's position, and one row more than the page to tell if another follows.
 * Dynamic (a static {@code @Query} per filter and sort combination would be dozens), but every
 * value is a bind parameter; only fixed column names from {@link ProductSort} enter the text.
 */
record ProductSearchStatement(String sql, List<Object> bindings) {

    static final String COLUMNS = """
            SELECT p.id, p.sku, p.name, p.description, p.price, p.currency, p.stock,
                   c.slug AS category_slug, c.name AS category_name, p.updated_at
            FROM product p
            JOIN category c ON c.id = p.category_id
            WHERE p.status = 'PUBLISHED'""";

    static ProductSearchStatement of(ProductSearch search) {
        StringBuilder sql = new StringBuilder(COLUMNS);
        List<Object> bindings = new ArrayList<>();
        if (search.category() != null) {
            append(sql, bindings, " AND c.slug = $", search.category());
        }
        if (search.minPrice() != null) {
            append(sql, bindings, " AND p.price >= $", search.minPrice());
        }
        if (search.maxPrice() != null) {
            append(sql, bindings, " AND p.price <= $", search.maxPrice());
        }
        if (search.inStock() != null) {
            sql.append(search.inStock() ? " AND p.stock > 0" : " AND p.stock = 0");
        }
        if (search.text() != null) {
            append(sql, bindings, " AND p.search @@ websearch_to_tsquery('english', $", search.text());
            sql.append(')');
        }
        appendKeyset(sql, bindings, search);
        appendOrder(sql, search.sort());
        append(sql, bindings, " LIMIT $", search.limit() + 1);
        return new ProductSearchStatement(sql.toString(), Collections.unmodifiableList(bindings));
    }

    private static void appendKeyset(StringBuilder sql, List<Object> bindings, ProductSearch search) {
        if (search.after() == null) {
            return;
        }
        ProductSort sort = search.sort();
        String comparison = sort.descending() ? " < " : " > ";
        if (sort.isById()) {
            append(sql, bindings, " AND p.id" + comparison + "$", search.after().id());
            return;
        }
        append(sql, bindings, " AND (" + sort.column() + ", p.id)" + comparison + "($", search.after().sortValue());
        append(sql, bindings, ", $", search.after().id());
        sql.append(')');
    }

    private static void appendOrder(StringBuilder sql, ProductSort sort) {
        String direction = sort.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY ");
        if (!sort.isById()) {
            sql.append(sort.column()).append(direction).append(", ");
        }
        sql.append("p.id").append(direction);
    }

    private static void append(StringBuilder sql, List<Object> bindings, String text, Object value) {
        bindings.add(value);
        sql.append(text).append(bindings.size());
    }
}
