package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.EditorApiResponses;
import dev.catalog.support.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

@Controller("/admin/api/imports")
@Tag(name = "imports", description = "CSV imports of products: upload (a preview, nothing written), read the "
        + "preview row by row, confirm (applied exactly as previewed; a product changed meanwhile is a conflict).")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.EDITOR)
class ImportApiController {

    static final String CSV = "text/csv";

    private final ProductImportService imports;

    ImportApiController(ProductImportService imports) {
        this.imports = imports;
    }

    @Post
    @Consumes(CSV)
    @Operation(operationId = "uploadImport", summary = "Upload a CSV file of products and preview it",
            description = "The columns of the export (sku identifies a product; category and brand by slug; id and "
                    + "updated_at are ignored), UTF-8. Nothing is written but the preview.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = CSV,
                    schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "201", description = "The preview's counts; its rows at `/rows`.",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @ApiResponse(responseCode = "400", description = "`import.<reason>`: the file is refused as a whole (not UTF-8, "
            + "not CSV, missing or unknown columns, a sku twice, no rows); nothing was changed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "`import.too-big`: larger than ADMIN_IMPORT_MAX_SIZE.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @EditorApiResponses
    HttpResponse<ImportSummary> upload(@Body InputStream file,
                                       @Parameter(description = "The file's name, to know it again.")
                                       @QueryValue(defaultValue = "upload.csv") @Nullable String fileName) {
        ImportSummary preview = imports.preview(file, fileName == null ? "upload.csv" : fileName);
        return HttpResponse.created(preview, URI.create("/admin/api/imports/" + preview.header().id()));
    }

    @Get
    @Operation(operationId = "listImports", summary = "The 20 newest imports")
    @EditorApiResponses
    ImportList list() {
        return new ImportList(imports.recent());
    }

    @Get("/{id}")
    @Operation(operationId = "showImport", summary = "An import's counts", description = "Before and after its confirm.")
    @ApiResponse(responseCode = "200", description = "The import.",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @ApiProblems.NotFound
    @EditorApiResponses
    ImportSummary show(long id) {
        return imports.require(id);
    }

    @Get("/{id}/rows")
    @Operation(operationId = "listImportRows", summary = "An import's rows, in file order",
            description = "Each with what it does (field by field) or every error it has. Page on with `after`, the "
                    + "last `line` received.")
    @ApiProblems.NotFound
    @ApiProblems.InvalidQuery
    @EditorApiResponses
    ImportRows rows(long id,
                    @Parameter(description = "Only rows with this outcome.", schema = @Schema(type = "string",
                            allowableValues = {"CREATE", "UPDATE", "UNCHANGED", "ERROR"}))
                    @QueryValue @Nullable ImportOutcome outcome,
                    @Parameter(description = "Rows after this row number.") @QueryValue(defaultValue = "0") @Min(0) @Nullable Integer after,
                    @Parameter(description = "Rows per page.") @QueryValue(defaultValue = "100") @Min(1) @Max(1000) @Nullable Integer limit) {
        return new ImportRows(imports.rows(id, outcome, after == null ? 0 : after, limit == null ? 100 : limit));
    }

    @Post("/{id}/confirm")
    @Operation(operationId = "confirmImport", summary = "Apply a preview",
            description = "In one transaction, exactly as previewed; each change is in the history as yours, with the "
                    + "import's id. A product changed since the preview is not overwritten: its row is a CONFLICT.")
    @ApiResponse(responseCode = "200", description = "The import, applied: APPLIED and CONFLICT counts.",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @ApiProblems.NotFound
    @ApiResponse(responseCode = "409", description = "`import.not-confirmable`: it has error rows, or was applied already.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @EditorApiResponses
    ImportSummary confirm(long id) {
        return imports.confirm(id);
    }

    @Serdeable
    record ImportList(List<ImportSummary.Header> items) {
    }

    @Serdeable
    record ImportRows(List<ImportRowView> items) {
    }
}
