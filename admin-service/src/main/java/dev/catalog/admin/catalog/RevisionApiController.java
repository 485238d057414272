package dev.catalog.admin.catalog;

import dev.catalog.admin.web.EditedVersion;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.ApiDocs;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.EditorApiResponses;
import dev.catalog.admin.web.StaffApiResponses;
import dev.catalog.model.catalog.Brand;
import dev.catalog.model.catalog.Category;
import dev.catalog.model.catalog.Product;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;


/**
 * Past versions, reverts and restores of products, categories and brands, the JSON twin of
 * {@link HistoryPages}. A revert is a new edit of the current version (If-Match or {@code version});
 * a restore brings a deleted object back under its own id.
 */
@Controller("/admin/api")
@Tag(name = "history")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class RevisionApiController {

    private static final String VERSION = "The object as it was right after that change, worked back from its "
            + "fields now by undoing every later change.";
    private static final String REVERT = "Brings back the version made by history entry `entryId` as a new edit, "
            + "recorded as a revert to it; today's rules apply.";
    private static final String RESTORE = "Brings a deleted object back, under its own id, as it was just before "
            + "its deletion; recorded as a restore.";

    private final ProductService products;
    private final CategoryService categories;
    private final BrandService brands;

    RevisionApiController(ProductService products, CategoryService categories, BrandService brands) {
        this.products = products;
        this.categories = categories;
        this.brands = brands;
    }

    @Get("/products/{id}/versions/{entryId}")
    @Operation(operationId = "showProductVersion", summary = "A product as it was after a change", description = VERSION)
    @ApiResponse(responseCode = "200", description = "That version.", content = @Content(schema = @Schema(implementation = PastVersion.class)))
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @StaffApiResponses
    PastVersion productVersion(long id, long entryId) {
        return products.version(id, entryId);
    }

    @Post("/products/{id}/revert")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "revertProduct", summary = "Revert a product to an earlier version", description = REVERT)
    @ApiResponse(responseCode = "200", description = "The product as reverted.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<ProductDetails> revertProduct(long id, @Valid @Body RevertCommand command,
                                               @Parameter(description = ApiDocs.IF_MATCH) @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Product reverted = products.revert(id, command.entryId(), EditedVersion.require(ifMatch, command.version()));
        return withEtag(reverted.version(), ProductDetails.from(reverted));
    }

    @Post("/products/{id}/restore")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "restoreProduct", summary = "Restore a deleted product", description = RESTORE
            + " Its status comes back too: a product deleted while published is public again at once.")
    @ApiResponse(responseCode = "200", description = "The product as restored.",
            content = @Content(schema = @Schema(implementation = ProductDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @EditorApiResponses
    HttpResponse<ProductDetails> restoreProduct(long id) {
        Product restored = products.restore(id);
        return withEtag(restored.version(), ProductDetails.from(restored));
    }

    @Get("/categories/{id}/versions/{entryId}")
    @Operation(operationId = "showCategoryVersion", summary = "A category as it was after a change", description = VERSION)
    @ApiResponse(responseCode = "200", description = "That version.", content = @Content(schema = @Schema(implementation = PastVersion.class)))
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @StaffApiResponses
    PastVersion categoryVersion(long id, long entryId) {
        return categories.version(id, entryId);
    }

    @Post("/categories/{id}/revert")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "revertCategory", summary = "Revert a category to an earlier version", description = REVERT)
    @ApiResponse(responseCode = "200", description = "The category as reverted.",
            content = @Content(schema = @Schema(implementation = CategoryDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<CategoryDetails> revertCategory(long id, @Valid @Body RevertCommand command,
                                                 @Parameter(description = ApiDocs.IF_MATCH) @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Category reverted = categories.revert(id, command.entryId(), EditedVersion.require(ifMatch, command.version()));
        return withEtag(reverted.version(), CategoryDetails.from(reverted));
    }

    @Post("/categories/{id}/restore")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "restoreCategory", summary = "Restore a deleted category", description = RESTORE)
    @ApiResponse(responseCode = "200", description = "The category as restored.",
            content = @Content(schema = @Schema(implementation = CategoryDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @EditorApiResponses
    HttpResponse<CategoryDetails> restoreCategory(long id) {
        Category restored = categories.restore(id);
        return withEtag(restored.version(), CategoryDetails.from(restored));
    }

    @Get("/brands/{id}/versions/{entryId}")
    @Operation(operationId = "showBrandVersion", summary = "A brand as it was after a change", description = VERSION)
    @ApiResponse(responseCode = "200", description = "That version.", content = @Content(schema = @Schema(implementation = PastVersion.class)))
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @StaffApiResponses
    PastVersion brandVersion(long id, long entryId) {
        return brands.version(id, entryId);
    }

    @Post("/brands/{id}/revert")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "revertBrand", summary = "Revert a brand to an earlier version", description = REVERT)
    @ApiResponse(responseCode = "200", description = "The brand as reverted.",
            content = @Content(schema = @Schema(implementation = BrandDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @ApiProblems.VersionRequired
    @EditorApiResponses
    HttpResponse<BrandDetails> revertBrand(long id, @Valid @Body RevertCommand command,
                                           @Parameter(description = ApiDocs.IF_MATCH) @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        Brand reverted = brands.revert(id, command.entryId(), EditedVersion.require(ifMatch, command.version()));
        return withEtag(reverted.version(), BrandDetails.from(reverted));
    }

    @Post("/brands/{id}/restore")
    @Secured(Roles.EDITOR)
    @Operation(operationId = "restoreBrand", summary = "Restore a deleted brand", description = RESTORE)
    @ApiResponse(responseCode = "200", description = "The brand as restored.",
            content = @Content(schema = @Schema(implementation = BrandDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.RevisionRefused
    @EditorApiResponses
    HttpResponse<BrandDetails> restoreBrand(long id) {
        Brand restored = brands.restore(id);
        return withEtag(restored.version(), BrandDetails.from(restored));
    }

    private static <V> HttpResponse<V> withEtag(@Nullable Long version, V body) {
        return HttpResponse.ok(body).header(HttpHeaders.ETAG, EditedVersion.etag(version));
    }
}
