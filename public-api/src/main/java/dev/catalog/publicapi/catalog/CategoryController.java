package dev.catalog.publicapi.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import reactor.core.publisher.Mono;

@Controller("/api/v1/categories")
class CategoryController {

    private final CategoryRepository categories;

    CategoryController(CategoryRepository categories) {
        this.categories = categories;
    }

    @Get
    Mono<CategoryList> list() {
        return categories.findAllWithPublishedCounts()
                .collectList()
                .map(CategoryList::new);
    }
}
