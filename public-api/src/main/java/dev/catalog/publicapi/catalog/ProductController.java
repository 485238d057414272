package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.model.catalog.ProductView;
import dev.catalog.publicapi.reads.CachedReads;
import dev.catalog.publicapi.reads.CatalogCache.Region;
import dev.catalog.publicapi.reads.RepresentationResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import reactor.core.publisher.Mono;

import java.util.List;

@Controller("/api/v1/products")
class ProductController {

    private final PublishedProductRepository products;
    private final ProductSearchRepository searches;
    private final ProductSearchParser parser;
    private final CursorCodec cursors;
    private final CachedReads reads;
    private final RepresentationResponses responses;

    ProductController(PublishedProductRepository products, ProductSearchRepository searches,
                      ProductSearchParser parser, CursorCodec cursors, CachedReads reads,
                      RepresentationResponses responses) {
        this.products = products;
        this.searches = searches;
        this.parser = parser;
        this.cursors = cursors;
        this.reads = reads;
        this.responses = responses;
    }

    @Get("/{id}")
    Mono<HttpResponse<byte[]>> show(long id, HttpRequest<?> request) {
        return responses.respond(request,
                reads.read(Region.PRODUCT_BY_ID, id, () -> products.findById(id).map(PublishedProduct::toView)),
                () -> new ProductNotFoundException("id " + id));
    }

    @Get("/sku/{sku}")
    Mono<HttpResponse<byte[]>> showBySku(String sku, HttpRequest<?> request) {
        if (!sku.matches(CatalogRules.SKU_PATTERN)) {
            return Mono.error(new ProductNotFoundException("sku " + sku));
        }
        return responses.respond(request,
                reads.read(Region.PRODUCT_BY_SKU, sku, () -> products.findBySku(sku).map(PublishedProduct::toView)),
                () -> new ProductNotFoundException("sku " + sku));
    }

    @Get
    Mono<HttpResponse<byte[]>> list(@RequestBean ProductListParameters parameters, HttpRequest<?> request) {
        ProductSearch search = parser.parse(parameters);
        return responses.respond(request,
                reads.read(Region.PRODUCT_PAGE, search.cacheKey(), () -> page(search)),
                IllegalStateException::new);
    }

    private Mono<ProductPage> page(ProductSearch search) {
        return searches.find(search)
                .collectList()
                .map(rows -> toPage(search, rows));
    }

    // The query fetched one row beyond the page: it tells whether a next page exists, without a COUNT.
    private ProductPage toPage(ProductSearch search, List<PublishedProduct> rows) {
        List<PublishedProduct> page = rows.size() > search.limit() ? rows.subList(0, search.limit()) : rows;
        List<ProductView> items = page.stream().map(PublishedProduct::toView).toList();
        if (rows.size() <= search.limit()) {
            return new ProductPage(items, null);
        }
        String position = ProductSearchParser.positionOf(page.get(page.size() - 1), search.sort());
        return new ProductPage(items, cursors.encode(search.scope(), position));
    }
}
