package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.support.problem.Problem.InvalidParam;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the list endpoint's raw query parameters; every bad one is reported at once, not only the first. */
@Singleton
class ProductSearchParser {

    static final int MAX_TEXT_LENGTH = 200;
    private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

    private final CursorCodec cursors;

    ProductSearchParser(CursorCodec cursors) {
        this.cursors = cursors;
    }

    ProductSearch parse(ProductListParameters raw) {
        List<InvalidParam> errors = new ArrayList<>();
        int limit = parseLimit(raw.limit(), errors);
        String category = parseSlug("category", raw.category(), "a category slug such as 'audio'", errors);
        String brand = parseSlug("brand", raw.brand(), "a brand slug such as 'sonora'", errors);
        BigDecimal minPrice = parsePrice("minPrice", raw.minPrice(), errors);
        BigDecimal maxPrice = parsePrice("maxPrice", raw.maxPrice(), errors);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            errors.add(new InvalidParam("maxPrice", "must not be less than minPrice"));
        }
        Boolean inStock = parseInStock(raw.inStock(), errors);
        String text = parseText(raw.q(), errors);
        ProductSort sort = parseSort(raw.sort(), errors);
        ProductSearch search = new ProductSearch(category, brand, minPrice, maxPrice, inStock, text, sort, limit, null);
        // A cursor is bound to the other parameters, so it can only be fully checked when they are valid.
        ProductSearch.Position after = errors.isEmpty()
                ? parseCursor(raw.cursor(), search, errors)
                : checkSignature(raw.cursor(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return after == null ? search : new ProductSearch(category, brand, minPrice, maxPrice, inStock, text, sort, limit,
                after);
    }

    private static int parseLimit(@Nullable String limit, List<InvalidParam> errors) {
        if (limit == null) {
            return ProductSearch.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= ProductSearch.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new InvalidParam("limit", "must be a whole number from 1 to " + ProductSearch.MAX_LIMIT));
        return ProductSearch.DEFAULT_LIMIT;
    }

    @Nullable
    private static String parseSlug(String name, @Nullable String slug, String expected, List<InvalidParam> errors) {
        if (slug == null || slug.isEmpty()) {
            return null;
        }
        if (slug.length() > CatalogRules.SLUG_MAX || !slug.matches(CatalogRules.SLUG_PATTERN)) {
            errors.add(new InvalidParam(name, "must be " + expected));
            return null;
        }
        return slug;
    }

    @Nullable
    private static BigDecimal parsePrice(String name, @Nullable String price, List<InvalidParam> errors) {
        if (price == null || price.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(price.trim());
            if (value.signum() >= 0 && value.scale() <= CatalogRules.PRICE_FRACTION_DIGITS
                    && value.compareTo(MAX_PRICE) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new InvalidParam(name, "must be a price such as 19.99: at least 0, at most two decimals"));
        return null;
    }

    @Nullable
    private static Boolean parseInStock(@Nullable String inStock, List<InvalidParam> errors) {
        if (inStock == null || inStock.isEmpty()) {
            return null;
        }
        if (inStock.equals("true") || inStock.equals("false")) {
            return Boolean.valueOf(inStock);
        }
        errors.add(new InvalidParam("inStock", "must be true or false"));
        return null;
    }

    @Nullable
    private static String parseText(@Nullable String q, List<InvalidParam> errors) {
        if (q == null || q.isBlank()) {
            return null;
        }
        // PostgreSQL text cannot hold NUL, and no search needs control characters.
        if (q.length() > MAX_TEXT_LENGTH || q.chars().anyMatch(Character::isISOControl)) {
            errors.add(new InvalidParam("q", "must be search words, at most " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        return q.strip();
    }

    private static ProductSort parseSort(@Nullable String sort, List<InvalidParam> errors) {
        if (sort == null || sort.isEmpty()) {
            return ProductSort.ID;
        }
        Optional<ProductSort> known = ProductSort.fromParameter(sort).filter(found -> !found.isById());
        if (known.isEmpty()) {
            errors.add(new InvalidParam("sort", "must be " + ProductSort.ALLOWED));
            return ProductSort.ID;
        }
        return known.get();
    }

    @Nullable
    private ProductSearch.Position parseCursor(@Nullable String cursor, ProductSearch search,
                                               List<InvalidParam> errors) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        Optional<ProductSearch.Position> position = cursors.decode(cursor, search.scope())
                .flatMap(text -> parsePosition(text, search.sort()));
        if (position.isEmpty()) {
            errors.add(badCursor());
            return null;
        }
        return position.get();
    }

    @Nullable
    private ProductSearch.Position checkSignature(@Nullable String cursor, List<InvalidParam> errors) {
        if (cursor != null && !cursor.isEmpty() && !cursors.isGenuine(cursor)) {
            errors.add(badCursor());
        }
        return null;
    }

    private static InvalidParam badCursor() {
        return new InvalidParam("cursor", "is not a cursor this API issued for this query; start again without one");
    }

    private static Optional<ProductSearch.Position> parsePosition(String text, ProductSort sort) {
        try {
            if (sort.isById()) {
                return Optional.of(new ProductSearch.Position(null, Long.parseLong(text)));
            }
            int separator = text.lastIndexOf('|');
            Object value = sort.parseValue(text.substring(0, separator));
            return Optional.of(new ProductSearch.Position(value, Long.parseLong(text.substring(separator + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The position after {@code last}, as {@link #parsePosition} reads it back. */
    static String positionOf(PublishedProduct last, ProductSort sort) {
        return sort.isById() ? String.valueOf(last.id()) : sort.valueOf(last) + "|" + last.id();
    }
}
