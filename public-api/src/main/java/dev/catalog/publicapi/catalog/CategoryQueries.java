package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CategoryView;
import dev.catalog.model.catalog.PublicCatalog;
import dev.catalog.publicapi.replicas.ReadRouter;
import io.r2dbc.spi.Readable;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/** Categories with how many published products each has; a count may change with any product's edit. */
@Singleton
class CategoryQueries {

    private static final String WITH_PUBLISHED_COUNTS = """
            SELECT c.slug, c.name, c.description, count(p.id) AS published_products
            FROM category c
            LEFT JOIN product p ON p.category_id = c.id AND\s""" + PublicCatalog.PRODUCT_CONDITION + "\n";
    private static final String ALL = WITH_PUBLISHED_COUNTS + "GROUP BY c.id ORDER BY c.name, c.slug";
    private static final String BY_SLUG = WITH_PUBLISHED_COUNTS + "WHERE c.slug = $1 GROUP BY c.id";

    private final ReadRouter router;

    CategoryQueries(ReadRouter router) {
        this.router = router;
    }

    Flux<CategoryView> all() {
        return router.anything(ALL, List.of(), CategoryQueries::view);
    }

    Mono<CategoryView> bySlug(String slug) {
        return router.anything(BY_SLUG, List.of(slug), CategoryQueries::view).next();
    }

    private static CategoryView view(Readable row) {
        return new CategoryView(row.get("slug", String.class), row.get("name", String.class),
                row.get("description", String.class), row.get("published_products", Long.class));
    }
}
