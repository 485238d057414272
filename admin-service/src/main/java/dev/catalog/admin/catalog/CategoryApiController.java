package dev.catalog.admin.catalog;

import dev.catalog.admin.web.EditedVersion;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

import java.net.URI;
import dev.catalog.admin.web.ApiDocs;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.StaffApiResponses;
import dev.catalog.admin.web.EditorApiResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/admin/api/categories")
@Tag(name = "categories", description = "Categories and their edits.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class CategoryApiController {

    private final CategoryService categories;

    CategoryApiController(CategoryService categories) {
        this.categories = categories;
    }

    @Get
    @Operation(operationId = "listCategories", summary = "A page of categories",
            description = "Sortable by id, slug, name, createdAt, updatedAt.")
    @ApiProblems.InvalidListQuery
    @StaffApiResponses
    PageView<CategoryDetails> list(@Valid @RequestBean ListPaging paging) {
        return PageView.of(categories.list(paging.pageable()), CategoryDetails::from);
    }

    @Get("/{id}")
    @Operation(operationId = "showCategory", summary = "A category by id", description = "Its ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The category.",
            content = @Content(schema = @Schema(implementation = CategoryDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.NotFound
    @StaffApiResponses
    HttpResponse<CategoryDetails> show(long id) {
        return withEtag(HttpResponse.ok(), categories.require(id));
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(operationId = "createCategory", summary = "Create a category", description = "Its slug must be unused.")
    @ApiResponse(responseCode = "201", description = "The category as created.",
            content = @Content(schema = @Schema(implementation = CategoryDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.LOCATION, description = ApiDocs.LOCATION, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.Taken
    @EditorApiResponses
    HttpResponse<CategoryDetails> create(@Valid @Body CategoryCommand command) {
        Category created = categories.create(command);
        return withEtag(HttpResponse.created(URI.create("/admin/api/categories/" + created.id())), created);
    }

    @Put("/{id}")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "updateCategory", summary = "Update a category", description = "Every field is replaced; the edit names the version it is based on.")
    @ApiResponse(responseCode = "200", description = "The category as updated.",
            content = @Content(schema = @Schema(implementation = CategoryDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.StaleOrTaken
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<CategoryDetails> update(long id, @Valid @Body CategoryCommand command,
                                         @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), categories.update(id, command, version));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteCategory", summary = "Delete a category", description = "Only one no product belongs to.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblems.NotFound
    @ApiProblems.InUse
    @EditorApiResponses
    void delete(long id) {
        categories.delete(id);
    }

    private static HttpResponse<CategoryDetails> withEtag(MutableHttpResponse<CategoryDetails> response,
            Category category) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(category.version()))
                .body(CategoryDetails.from(category));
    }
}
