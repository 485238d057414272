package dev.catalog.publicapi.catalog;

import io.micronaut.core.annotation.Nullable;

/** A validated request for one page of published products, in id order, after {@code afterId}. */
record ProductPageQuery(int limit, @Nullable String category, long afterId) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** What a cursor is bound to: the same sort and filters must be sent with it. */
    static String scopeOf(@Nullable String category) {
        return "v1;sort=id;category=" + (category == null ? "" : category);
    }

    String scope() {
        return scopeOf(category);
    }
}
