package dev.catalog.admin.catalog;

import dev.catalog.admin.web.EditedVersion;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Brand;
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

@Controller("/admin/api/brands")
@Tag(name = "brands", description = "Brands and their edits.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class BrandApiController {

    private final BrandService brands;

    BrandApiController(BrandService brands) {
        this.brands = brands;
    }

    @Get
    @Operation(operationId = "listBrands", summary = "A page of brands",
            description = "Sortable by id, slug, name, createdAt, updatedAt.")
    @ApiProblems.InvalidListQuery
    @StaffApiResponses
    PageView<BrandDetails> list(@Valid @RequestBean ListPaging paging) {
        return PageView.of(brands.list(paging.pageable()), BrandDetails::from);
    }

    @Get("/{id}")
    @Operation(operationId = "showBrand", summary = "A brand by id", description = "Its ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The brand.",
            content = @Content(schema = @Schema(implementation = BrandDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.NotFound
    @StaffApiResponses
    HttpResponse<BrandDetails> show(long id) {
        return withEtag(HttpResponse.ok(), brands.require(id));
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(operationId = "createBrand", summary = "Create a brand", description = "Its slug must be unused.")
    @ApiResponse(responseCode = "201", description = "The brand as created.",
            content = @Content(schema = @Schema(implementation = BrandDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.LOCATION, description = ApiDocs.LOCATION, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.Taken
    @EditorApiResponses
    HttpResponse<BrandDetails> create(@Valid @Body BrandCommand command) {
        Brand created = brands.create(command);
        return withEtag(HttpResponse.created(URI.create("/admin/api/brands/" + created.id())), created);
    }

    @Put("/{id}")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "updateBrand", summary = "Update a brand", description = "Every field is replaced; the edit names the version it is based on.")
    @ApiResponse(responseCode = "200", description = "The brand as updated.",
            content = @Content(schema = @Schema(implementation = BrandDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.StaleOrTaken
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<BrandDetails> update(long id, @Valid @Body BrandCommand command,
                                         @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), brands.update(id, command, version));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteBrand", summary = "Delete a brand", description = "Only one no product has.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblems.NotFound
    @ApiProblems.InUse
    @EditorApiResponses
    void delete(long id) {
        brands.delete(id);
    }

    private static HttpResponse<BrandDetails> withEtag(MutableHttpResponse<BrandDetails> response,
            Brand brand) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(brand.version()))
                .body(BrandDetails.from(brand));
    }
}
