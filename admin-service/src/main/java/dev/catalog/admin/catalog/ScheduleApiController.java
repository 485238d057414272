package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.EditorApiResponses;
import dev.catalog.admin.web.StaffApiResponses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.List;

@Controller("/admin/api/schedules")
@Tag(name = "schedules", description = "Publishing and archiving at a given time: on time within a few seconds, "
        + "exactly once however many admin-service instances run, recorded in the history as its scheduler's.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ScheduleApiController {

    private final ScheduleService schedules;

    ScheduleApiController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Get
    @Operation(operationId = "listSchedules", summary = "The scheduled changes not run yet",
            description = "Soonest first, at most 500; refused ones stay, with their `failure`.")
    @ApiProblems.InvalidQuery
    @StaffApiResponses
    ScheduleList list(@Parameter(description = "Only this product's.") @QueryValue @Nullable Long productId) {
        return new ScheduleList(productId == null ? schedules.pending() : schedules.pendingOf(productId));
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(operationId = "createSchedules", summary = "Schedule products to publish or archive",
            description = "One scheduled change per product, all or none.")
    @ApiResponse(responseCode = "201", description = "The scheduled changes.",
            content = @Content(schema = @Schema(implementation = ScheduleList.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @EditorApiResponses
    HttpResponse<ScheduleList> create(@Valid @Body ScheduleCommand command) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(new ScheduleList(schedules.schedule(command.productIds(), command.action(), command.runAt())));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancelSchedule", summary = "Cancel a scheduled change",
            description = "Not found once it has run (or while it runs) or was cancelled.")
    @ApiResponse(responseCode = "204", description = "Cancelled; it will not run.")
    @ApiProblems.NotFound
    @EditorApiResponses
    void cancel(long id) {
        schedules.cancel(id);
    }

    @Serdeable
    record ScheduleList(List<ScheduledChangeView> items) {
    }
}
