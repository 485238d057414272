package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

import java.net.URI;

@Controller("/admin/api/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class CategoryApiController {

    private final CategoryService categories;

    CategoryApiController(CategoryService categories) {
        this.categories = categories;
    }

    @Get
    PageView<CategoryDetails> list(Pageable pageable) {
        return PageView.of(categories.list(pageable), CategoryDetails::from);
    }

    @Get("/{id}")
    HttpResponse<CategoryDetails> show(long id) {
        return withEtag(HttpResponse.ok(), categories.require(id));
    }

    @Post
    @Secured(Roles.EDITOR)
    HttpResponse<CategoryDetails> create(@Valid @Body CategoryCommand command) {
        Category created = categories.create(command);
        return withEtag(HttpResponse.created(URI.create("/admin/api/categories/" + created.id())), created);
    }

    @Put("/{id}")
    @Secured(Roles.EDITOR)
    HttpResponse<CategoryDetails> update(long id, @Valid @Body CategoryCommand command,
                                         @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), categories.update(id, command, version));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        categories.delete(id);
    }

    private static HttpResponse<CategoryDetails> withEtag(MutableHttpResponse<CategoryDetails> response,
            Category category) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(category.version()))
                .body(CategoryDetails.from(category));
    }
}
