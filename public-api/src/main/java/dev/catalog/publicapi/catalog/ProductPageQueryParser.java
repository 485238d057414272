package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.support.problem.Problem.InvalidParam;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the list endpoint's raw parameters; every bad one is reported at once, not only the first. */
@Singleton
class ProductPageQueryParser {

    private final CursorCodec cursors;

    ProductPageQueryParser(CursorCodec cursors) {
        this.cursors = cursors;
    }

    ProductPageQuery parse(@Nullable String limit, @Nullable String cursor, @Nullable String category) {
        List<InvalidParam> errors = new ArrayList<>();
        int parsedLimit = parseLimit(limit, errors);
        String parsedCategory = parseCategory(category, errors);
        long afterId = parseCursor(cursor, ProductPageQuery.scopeOf(parsedCategory), errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new ProductPageQuery(parsedLimit, parsedCategory, afterId);
    }

    private static int parseLimit(@Nullable String limit, List<InvalidParam> errors) {
        if (limit == null) {
            return ProductPageQuery.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= ProductPageQuery.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new InvalidParam("limit", "must be a whole number from 1 to " + ProductPageQuery.MAX_LIMIT));
        return ProductPageQuery.DEFAULT_LIMIT;
    }

    @Nullable
    private static String parseCategory(@Nullable String category, List<InvalidParam> errors) {
        if (category == null || category.isEmpty()) {
            return null;
        }
        if (category.length() > CatalogRules.SLUG_MAX || !category.matches(CatalogRules.SLUG_PATTERN)) {
            errors.add(new InvalidParam("category", "must be a category slug such as 'audio'"));
            return null;
        }
        return category;
    }

    private long parseCursor(@Nullable String cursor, String scope, List<InvalidParam> errors) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        Optional<Long> afterId = cursors.decode(cursor, scope).flatMap(ProductPageQueryParser::parseId);
        if (afterId.isEmpty()) {
            errors.add(new InvalidParam("cursor",
                    "is not a cursor this API issued for this query; start again without one"));
            return 0;
        }
        return afterId.get();
    }

    private static Optional<Long> parseId(String position) {
        try {
            return Optional.of(Long.parseLong(position));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
