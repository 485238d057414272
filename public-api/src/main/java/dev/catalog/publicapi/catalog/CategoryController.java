package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.model.catalog.CategoryView;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import java.util.concurrent.CompletableFuture;

@Controller("/api/v1/categories")
// Public: no credentials of any kind; documented as the empty requirement, `security: [{}]`.
@SecurityRequirement(name = "")
@Tag(name = "categories", description = "Categories, each with how many published products it has.")
class CategoryController {

    private static final String ALL = "all";

    private final CategoryQueries categories;
    private final CachedReads reads;
    private final RepresentationResponses responses;

    CategoryController(CategoryQueries categories, CachedReads reads, RepresentationResponses responses) {
        this.categories = categories;
        this.reads = reads;
        this.responses = responses;
    }

    @Get
    @Operation(operationId = "listCategories", summary = "Every category", description = "Ordered by name.")
    @ApiResponse(responseCode = "200", description = "All categories.",
            content = @Content(schema = @Schema(implementation = CategoryList.class)), headers = {
                    @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ReadResponses
    CompletableFuture<HttpResponse<?>> list(HttpRequest<?> request) {
        return responses.respond(request,
                reads.read(Region.CATEGORY, ALL, this::allCategories));
    }

    @Get("/{slug}")
    @Operation(operationId = "showCategory", summary = "A category by slug",
            description = "Its name and description, for a category page's heading.")
    @ApiResponse(responseCode = "200", description = "The category.",
            content = @Content(schema = @Schema(implementation = CategoryView.class)), headers = {
                    @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = ApiDocs.CACHE_CONTROL,
                            schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = ApiDocs.CATEGORY_NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ReadResponses
    CompletableFuture<HttpResponse<?>> show(
            @Parameter(description = "The category's slug.", example = "audio",
                    schema = @Schema(type = "string", pattern = CatalogRules.SLUG_PATTERN)) String slug,
            HttpRequest<?> request) {
        if (!slug.matches(CatalogRules.SLUG_PATTERN)) {
            return CompletableFuture.completedFuture(new CategoryNotFoundException(slug).toResponse(request.getPath()));
        }
        return responses.respond(request,
                reads.read(Region.CATEGORY, "slug:" + slug, () -> categories.bySlug(slug)),
                () -> new CategoryNotFoundException(slug));
    }

    private Mono<CategoryList> allCategories() {
        return categories.all()
                .collectList()
                .map(CategoryList::new);
    }
}
