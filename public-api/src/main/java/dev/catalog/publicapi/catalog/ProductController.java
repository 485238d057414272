package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.ProductView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

@Controller("/api/v1/products")
class ProductController {

    private final PublishedProductRepository products;
    private final ProductPageQueryParser queries;
    private final CursorCodec cursors;

    ProductController(PublishedProductRepository products, ProductPageQueryParser queries, CursorCodec cursors) {
        this.products = products;
        this.queries = queries;
        this.cursors = cursors;
    }

    @Get("/{id}")
    Mono<ProductView> show(long id) {
        return products.findById(id)
                .map(PublishedProduct::toView)
                .switchIfEmpty(Mono.error(() -> new ProductNotFoundException("id " + id)));
    }

    @Get("/sku/{sku}")
    Mono<ProductView> showBySku(String sku) {
        return products.findBySku(sku)
                .map(PublishedProduct::toView)
                .switchIfEmpty(Mono.error(() -> new ProductNotFoundException("sku " + sku)));
    }

    @Get
    Mono<ProductPage> list(@QueryValue @Nullable String limit,
                           @QueryValue @Nullable String cursor,
                           @QueryValue @Nullable String category) {
        ProductPageQuery query = queries.parse(limit, cursor, category);
        return fetchOneMoreThan(query)
                .map(PublishedProduct::toView)
                .collectList()
                .map(items -> toPage(query, items));
    }

    // One row beyond the page tells whether a next page exists, without a COUNT.
    private Flux<PublishedProduct> fetchOneMoreThan(ProductPageQuery query) {
        int limit = query.limit() + 1;
        return query.category() == null
                ? products.findPage(query.afterId(), limit)
                : products.findPageInCategory(query.category(), query.afterId(), limit);
    }

    private ProductPage toPage(ProductPageQuery query, List<ProductView> fetched) {
        if (fetched.size() <= query.limit()) {
            return new ProductPage(fetched, null);
        }
        List<ProductView> items = fetched.subList(0, query.limit());
        String next = cursors.encode(query.scope(), String.valueOf(items.get(items.size() - 1).id()));
        return new ProductPage(items, next);
    }
}
