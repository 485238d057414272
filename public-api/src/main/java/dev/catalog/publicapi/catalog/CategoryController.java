package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;
import dev.catalog.publicapi.reads.CachedReads;
import dev.catalog.publicapi.reads.CatalogCache.Region;
import dev.catalog.publicapi.reads.RepresentationResponses;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import reactor.core.publisher.Mono;

@Controller("/api/v1/categories")
class CategoryController {

    private static final String ALL = "all";

    private final CategoryRepository categories;
    private final CachedReads reads;
    private final RepresentationResponses responses;

    CategoryController(CategoryRepository categories, CachedReads reads, RepresentationResponses responses) {
        this.categories = categories;
        this.reads = reads;
        this.responses = responses;
    }

    @Get
    Mono<HttpResponse<byte[]>> list(HttpRequest<?> request) {
        return responses.respond(request,
                reads.read(Region.CATEGORY, ALL, this::allCategories),
                IllegalStateException::new);
    }

    @Get("/{slug}")
    Mono<HttpResponse<byte[]>> show(String slug, HttpRequest<?> request) {
        if (!slug.matches(CatalogRules.SLUG_PATTERN)) {
            return Mono.error(new CategoryNotFoundException(slug));
        }
        return responses.respond(request,
                reads.read(Region.CATEGORY, "slug:" + slug, () -> categories.findBySlugWithPublishedCount(slug)),
                () -> new CategoryNotFoundException(slug));
    }

    private Mono<CategoryList> allCategories() {
        return categories.findAllWithPublishedCounts()
                .collectList()
                .map(CategoryList::new);
    }
}
