package dev.catalog.admin.catalog;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one sort vocabulary of product lists, the JSON property names ({@code updatedAt}, not
 * {@code updated}): the staff page, its CSV export and the admin API all sort by these words.
 */
final class ProductSorting {

    /** Property name to column of the list query (p: product, c: its category, b: its brand). */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "p.id"), Map.entry("sku", "p.sku"), Map.entry("name", "p.name"),
            Map.entry("price", "p.price"), Map.entry("stock", "p.stock"), Map.entry("status", "p.status"),
            Map.entry("createdAt", "p.created_at"), Map.entry("updatedAt", "p.updated_at"),
            Map.entry("publishedAt", "p.published_at"), Map.entry("category", "c.name"), Map.entry("brand", "b.name"));

    /** Newest edits first. */
    static final String DEFAULT = "-updatedAt";

    /** The API reads the product table alone, so it sorts by every property but the joined names. */
    static final SortableFields API = new SortableFields(COLUMNS.keySet().stream()
            .filter(property -> COLUMNS.get(property).startsWith("p."))
            .collect(Collectors.toUnmodifiableSet()));

    private ProductSorting() {
    }

    static boolean isSortable(String property) {
        return COLUMNS.containsKey(property);
    }

    static String column(String property) {
        String column = COLUMNS.get(property);
        if (column == null) {
            throw new IllegalArgumentException("not a product sort property: " + property);
        }
        return column;
    }

    static Set<String> properties() {
        return COLUMNS.keySet();
    }
}
