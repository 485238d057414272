package dev.catalog.publicapi.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of one {@link ProductSearch}: published products only, the chosen filters, a keyset
 * condition after the cursor's position, and one row more than the page to tell if another follows.
 * Dynamic (a static {@code @Query} per filter and sort combination would be dozens), but every
 * value the client chose is a bind parameter; only fixed column names from {@link ProductSort} and the
 * validated page size enter the text.
 * <p>
 * The page size is written into the text because the driver prepares each distinct text once per
 * connection: with a literal LIMIT, PostgreSQL soon reuses one generic plan for it, while a LIMIT
 * parameter makes it plan every execution anew (planning cost several times the page's execution).
 */
record ProductSearchStatement(String sql, List<Object> bindings) {

    static ProductSearchStatement of(ProductSearch search) {
        boolean matchesFirst = search.text() != null && search.sort().column().equals(ProductSort.NAME.column());
        StringBuilder sql = new StringBuilder(matchesFirst ? "WITH matches AS MATERIALIZED (" : "").append(PublishedProduct.SELECT);
        List<Object> bindings = new ArrayList<>();
        if (search.category() != null) {
            // The category's id as a value, not a join condition: then an index on (category_id, sort
            // column, id) yields the page in order, and the scan stops after one row more than the page.
            append(sql, bindings, " AND p.category_id = (SELECT id FROM category WHERE slug = $", search.category());
            sql.append(')');
        }
        if (search.brand() != null) {
            append(sql, bindings, " AND p.brand_id = (SELECT id FROM brand WHERE slug = $", search.brand());
            sql.append(')');
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
        if (matchesFirst) {
            // The words of a name decide where it sorts ("Smart ..." all together), which the planner
            // cannot know: walking the name index for matches may pass most of the catalog first. Let the
            // full-text index find every match, then sort those.
            sql.append(") SELECT * FROM matches p");
        }
        appendOrder(sql, search.sort());
        sql.append(" LIMIT ").append(search.limit() + 1);
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
