package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a staff product list shows: filters, search, sort and page, all from (and back into) the URL,
 * so a list can be bookmarked and shared. Unknown values are ignored rather than refused, as a
 * hand-edited bookmark should still open.
 */
public record ProductFilter(@Nullable Long categoryId, @Nullable Long brandId, @Nullable ProductStatus status,
                            @Nullable Boolean inStock, String q, String sort, int page) {

    private static final int MAX_QUERY = 100;

    static ProductFilter parse(@Nullable String category, @Nullable String brand, @Nullable String status,
                               @Nullable String inStock, @Nullable String q, @Nullable String sort,
                               @Nullable String page) {
        return new ProductFilter(parseLong(category), parseLong(brand), parseStatus(status), parseBoolean(inStock),
                q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), MAX_QUERY)),
                sort != null && ProductSorting.isSortable(sort.replaceFirst("^-", "")) ? sort : ProductSorting.DEFAULT,
                Math.max(0, Optional.ofNullable(parseLong(page)).orElse(0L).intValue()));
    }

    public String sortKey() {
        return sort.replaceFirst("^-", "");
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    /** The URL of this list with one parameter changed (and back to the first page unless it is the page). */
    public String with(String name, @Nullable Object value) {
        Map<String, String> params = parameters();
        if (!name.equals("page")) {
            params.remove("page");
        }
        if (value == null || value.toString().isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, value.toString());
        }
        return "/admin/products" + query(params);
    }

    /** The header link for a column: ascending first, then descending. */
    public String sortedBy(String column) {
        return with("sort", sortKey().equals(column) && !descending() ? "-" + column : column);
    }

    public String exportUrl() {
        Map<String, String> params = parameters();
        params.remove("page");
        return "/admin/exports/products.csv" + query(params);
    }

    Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (categoryId != null) {
            params.put("category", categoryId.toString());
        }
        if (brandId != null) {
            params.put("brand", brandId.toString());
        }
        if (status != null) {
            params.put("status", status.name());
        }
        if (inStock != null) {
            params.put("inStock", inStock.toString());
        }
        if (!q.isEmpty()) {
            params.put("q", q);
        }
        if (!sort.equals(ProductSorting.DEFAULT)) {
            params.put("sort", sort);
        }
        if (page > 0) {
            params.put("page", Integer.toString(page));
        }
        return params;
    }

    private static String query(Map<String, String> params) {
        return params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Nullable
    private static Long parseLong(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static ProductStatus parseStatus(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : ProductStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static Boolean parseBoolean(@Nullable String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }
}
