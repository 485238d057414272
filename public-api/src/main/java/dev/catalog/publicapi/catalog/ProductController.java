package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.model.catalog.ProductView;
import dev.catalog.publicapi.openapi.ApiDocs;
import dev.catalog.publicapi.openapi.ReadResponses;
import dev.catalog.publicapi.reads.CachedReads;
import dev.catalog.publicapi.reads.CatalogCache.Region;
import dev.catalog.publicapi.reads.RepresentationResponses;
import dev.catalog.support.problem.Problem;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CompletableFuture;

@Controller("/api/v1/products")
// Public: no credentials of any kind; documented as the empty requirement, `security: [{}]`.
@SecurityRequirement(name = "")
@Tag(name = "products", description = "Published products: one by id or sku, or a filtered, sorted page.")
class ProductController {

    private final ProductsById productsById;
    private final PublishedProductQueries products;
    private final ProductSearchParser parser;
    private final CursorCodec cursors;
    private final CachedReads reads;
    private final RepresentationResponses responses;

    ProductController(PublishedProductQueries products, ProductsById productsById, ProductSearchParser parser,
                      CursorCodec cursors, CachedReads reads, RepresentationResponses responses) {
        this.products = products;
        this.productsById = productsById;
        this.parser = parser;
        this.cursors = cursors;
        this.reads = reads;
        this.responses = responses;
    }

    @Get("/{id}")
    @Operation(operationId = "showProduct", summary = "A published product by id",
            description = "The same representation as in a list page, with its own ETag.")
    @ApiResponse(responseCode = "200", description = "The product.",
            content = @Content(schema = @Schema(implementation = ProductView.class)), headers = {
                    @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_REQUEST,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = ApiDocs.PRODUCT_NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReadResponses
    CompletableFuture<HttpResponse<?>> show(@Parameter(description = "The product's id.") long id,
                                    HttpRequest<?> request) {
        return responses.respond(request,
                reads.read(Region.PRODUCT_BY_ID, id, () -> productsById.find(id).map(PublishedProduct::toView)),
                () -> new ProductNotFoundException("id " + id));
    }

    @Get("/sku/{sku}")
    @Operation(operationId = "showProductBySku", summary = "A published product by sku",
            description = "The same representation as by id; a sku is unique among all products.")
    @ApiResponse(responseCode = "200", description = "The product.",
            content = @Content(schema = @Schema(implementation = ProductView.class)), headers = {
                    @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = ApiDocs.PRODUCT_NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReadResponses
    CompletableFuture<HttpResponse<?>> showBySku(
            @Parameter(description = "The product's stock-keeping unit.", example = "HEADPHONES-1",
                    schema = @Schema(type = "string", pattern = CatalogRules.SKU_PATTERN)) String sku,
            HttpRequest<?> request) {
        if (!sku.matches(CatalogRules.SKU_PATTERN)) {
            return CompletableFuture.completedFuture(new ProductNotFoundException("sku " + sku).toResponse(request.getPath()));
        }
        return responses.respond(request,
                reads.read(Region.PRODUCT_BY_SKU, sku, () -> products.bySku(sku).map(PublishedProduct::toView)),
                () -> new ProductNotFoundException("sku " + sku));
    }

    @Get
    @Operation(operationId = "listProducts", summary = "A page of published products",
            description = "Filters combine with AND. Without `sort` the order is by id. Every bad parameter is "
                    + "reported in one 400 answer.")
    @ApiResponse(responseCode = "200", description = "One page of products, and the cursor of the next if any.",
            content = @Content(schema = @Schema(implementation = ProductPage.class)), headers = {
                    @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = ApiDocs.INVALID_QUERY,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReadResponses
    CompletableFuture<HttpResponse<?>> list(@RequestBean ProductListParameters parameters, HttpRequest<?> request) {
        ProductSearch search = parser.parse(parameters);
        return responses.respond(request,
                reads.read(Region.PRODUCT_PAGE, search.cacheKey(), () -> page(search)));
    }

    private Mono<ProductPage> page(ProductSearch search) {
        return products.search(search)
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
