package dev.catalog.admin.audit;

import dev.catalog.admin.roles.Roles;
import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;
import dev.catalog.admin.web.ApiDocs;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.StaffApiResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/admin/api")
@Tag(name = "history", description = "Who changed what and when, field by field, newest first.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class HistoryApiController {

    private final HistoryReader history;

    HistoryApiController(HistoryReader history) {
        this.history = history;
    }

    @Get("/history")
    @Operation(operationId = "listHistory", summary = "A page of the whole history",
            description = "Every recorded change, optionally of one staff member or one object type.")
    @ApiProblems.InvalidQuery
    @StaffApiResponses
    HistoryPage list(@Parameter(description = "Only changes by this staff member.") @QueryValue @Nullable String actor,
                     @Parameter(description = "Only changes to this type of object.",
                             schema = @Schema(allowableValues = {"product", "category", "brand", "staff_user"}))
                     @QueryValue @Nullable String type,
                     @Parameter(description = "Zero-based page number.") @QueryValue(defaultValue = "0") @Min(0) @Nullable Integer page,
                     @Parameter(description = "Entries per page.") @QueryValue(defaultValue = "20") @Min(1) @Max(100) @Nullable Integer size) {
        if (type != null && !HistoryReader.TYPES.contains(type)) {
            throw new UnknownTypeException(type);
        }
        return history.page(actor, type, null, orFirst(page), orDefault(size));
    }

    @Get("/products/{id}/history")
    @Operation(operationId = "listProductHistory", summary = "A page of one product's history",
            description = "Its deletion included; empty for an id that never existed.")
    @ApiProblems.InvalidQuery
    @StaffApiResponses
    HistoryPage productHistory(long id, @Parameter(description = "Zero-based page number.") @QueryValue(defaultValue = "0") @Min(0) @Nullable Integer page,
                               @Parameter(description = "Entries per page.") @QueryValue(defaultValue = "20") @Min(1) @Max(100) @Nullable Integer size) {
        return history.page(null, "product", id, orFirst(page), orDefault(size));
    }

    @Get("/categories/{id}/history")
    @Operation(operationId = "listCategoryHistory", summary = "A page of one category's history",
            description = "Its deletion included; empty for an id that never existed.")
    @ApiProblems.InvalidQuery
    @StaffApiResponses
    HistoryPage categoryHistory(long id, @Parameter(description = "Zero-based page number.") @QueryValue(defaultValue = "0") @Min(0) @Nullable Integer page,
                                @Parameter(description = "Entries per page.") @QueryValue(defaultValue = "20") @Min(1) @Max(100) @Nullable Integer size) {
        return history.page(null, "category", id, orFirst(page), orDefault(size));
    }

    @Get("/brands/{id}/history")
    @Operation(operationId = "listBrandHistory", summary = "A page of one brand's history",
            description = "Its deletion included; empty for an id that never existed.")
    @ApiProblems.InvalidQuery
    @StaffApiResponses
    HistoryPage brandHistory(long id, @Parameter(description = "Zero-based page number.") @QueryValue(defaultValue = "0") @Min(0) @Nullable Integer page,
                             @Parameter(description = "Entries per page.") @QueryValue(defaultValue = "20") @Min(1) @Max(100) @Nullable Integer size) {
        return history.page(null, "brand", id, orFirst(page), orDefault(size));
    }

    // Bound with their defaults; @Nullable only tells the OpenAPI document they are optional.
    private static int orFirst(@Nullable Integer page) {
        return page == null ? 0 : page;
    }

    private static int orDefault(@Nullable Integer size) {
        return size == null ? 20 : size;
    }

    private static final class UnknownTypeException extends ProblemException {

        UnknownTypeException(String type) {
            super(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters", "Unknown object type " + type,
                    List.of(new Problem.InvalidParam("type", "must be one of " + HistoryReader.TYPES)));
        }
    }
}
