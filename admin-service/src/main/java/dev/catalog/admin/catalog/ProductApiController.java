package dev.catalog.admin.catalog;

import dev.catalog.admin.web.EditedVersion;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import java.net.URI;
import java.util.List;
import java.util.Set;
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

@Controller("/admin/api/products")
@Tag(name = "products", description = "Every product, drafts and archived ones included; edits, publishing, archiving.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ProductApiController {

    private final ProductService products;
    private final Validator validator;

    ProductApiController(ProductService products, Validator validator) {
        this.products = products;
        this.validator = validator;
    }

    @Get
    @Operation(operationId = "listProducts", summary = "A page of products",
            description = "Any status, filtered and searched like the staff product list. Sortable by id, sku, name, "
                    + "price, stock, status, createdAt, updatedAt, publishedAt.")
    @ApiProblems.InvalidListQuery
    @StaffApiResponses
    PageView<ProductDetails> list(@Valid @RequestBean ListPaging paging, @Valid @RequestBean ProductApiFilter filter) {
        return PageView.of(products.list(filter.filter(), paging.pageable()), ProductDetails::from);
    }

    @Get("/{id}")
    @Operation(operationId = "showProduct", summary = "A product by id", description = "Any status; its ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The product.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.NotFound
    @StaffApiResponses
    HttpResponse<ProductDetails> show(long id) {
        return withEtag(HttpResponse.ok(), products.require(id));
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(operationId = "createProduct", summary = "Create a product", description = "A DRAFT unless `status` says otherwise.")
    @ApiResponse(responseCode = "201", description = "The product as created.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string")),
                    @Header(name = HttpHeaders.LOCATION, description = ApiDocs.LOCATION, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.Taken
    @EditorApiResponses
    HttpResponse<ProductDetails> create(@Body ProductCommand command) {
        // a new product's rules include the brand: every bad field in one answer
        Set<ConstraintViolation<ProductCommand>> violations = validator.validate(command, ProductCommand.Create.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Product created = products.create(command);
        return withEtag(HttpResponse.created(URI.create("/admin/api/products/" + created.id())), created);
    }

    @Put("/{id}")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "updateProduct", summary = "Update a product", description = "Every field is replaced; the edit names the version it is based on.")
    @ApiResponse(responseCode = "200", description = "The product as updated.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.StaleOrTaken
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<ProductDetails> update(long id, @Valid @Body ProductCommand command,
                                        @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), products.update(id, command, version));
    }

    @Post("/{id}/publish")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "publishProduct", summary = "Publish a product", description = "It appears in the public API at once.")
    @ApiResponse(responseCode = "200", description = "The product, published.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.NotFound
    @ApiProblems.Stale
    @EditorApiResponses
    HttpResponse<ProductDetails> publish(long id, @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(HttpResponse.ok(), products.changeStatus(id, ProductStatus.PUBLISHED, optional(ifMatch)));
    }

    @Post("/{id}/archive")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "archiveProduct", summary = "Archive a product", description = "It leaves the public API at once; its history stays.")
    @ApiResponse(responseCode = "200", description = "The product, archived.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)),
            headers = {@Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, schema = @Schema(type = "string"))})
    @ApiProblems.NotFound
    @ApiProblems.Stale
    @EditorApiResponses
    HttpResponse<ProductDetails> archive(long id, @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(HttpResponse.ok(), products.changeStatus(id, ProductStatus.ARCHIVED, optional(ifMatch)));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProduct", summary = "Delete a product", description = "Its history stays.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblems.NotFound
    @ApiProblems.Stale
    @EditorApiResponses
    void delete(long id, @Parameter(description = ApiDocs.IF_MATCH) @Nullable @io.micronaut.http.annotation.Header(HttpHeaders.IF_MATCH) String ifMatch) {
        products.delete(id, optional(ifMatch));
    }

    @Post("/bulk")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "bulkProducts", summary = "Publish, archive or delete many products",
            description = "The product list's bulk actions: one transaction, all or none, each product changed in "
                    + "the history.")
    @ApiResponse(responseCode = "200", description = "Done.",
            content = @Content(schema = @Schema(implementation = BulkCommand.Done.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @EditorApiResponses
    BulkCommand.Done bulk(@Valid @Body BulkCommand command) {
        List<Long> ids = command.productIds().stream().distinct().toList();
        return new BulkCommand.Done(switch (command.action()) {
            case PUBLISH -> products.changeStatusOfAll(ids, ProductStatus.PUBLISHED);
            case ARCHIVE -> products.changeStatusOfAll(ids, ProductStatus.ARCHIVED);
            case DELETE -> {
                products.deleteAll(ids);
                yield ids.size();
            }
        });
    }

    private static Long optional(@Nullable String ifMatch) {
        return ifMatch == null ? null : EditedVersion.require(ifMatch, null);
    }

    private static HttpResponse<ProductDetails> withEtag(MutableHttpResponse<ProductDetails> response,
            Product product) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(product.version()))
                .body(ProductDetails.from(product));
    }
}
