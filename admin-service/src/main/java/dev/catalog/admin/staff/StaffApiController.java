package dev.catalog.admin.staff;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.ApiDocs;
import dev.catalog.admin.web.ApiProblems;
import dev.catalog.admin.web.EditedVersion;
import dev.catalog.admin.web.EditorApiResponses;
import dev.catalog.support.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

/** Staff management for administrators, the JSON twin of the staff pages, under the same rules. */
@Controller("/admin/api/staff")
@Tag(name = "staff", description = "Staff accounts and roles (ADMIN only): add, change role or deactivate, reset a password.")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class StaffApiController {

    private static final String RULE = "`staff.rule-broken`: the change breaks a rule (the username taken, the "
            + "password policy, the last active administrator, your own role); `errors` names the field.";

    private final StaffService staff;

    StaffApiController(StaffService staff) {
        this.staff = staff;
    }

    @Get
    @Operation(operationId = "listStaff", summary = "Every staff member", description = "By username.")
    @EditorApiResponses
    StaffList list() {
        return new StaffList(staff.list().stream().map(StaffDetails::from).toList());
    }

    @Get("/{id}")
    @Operation(operationId = "showStaff", summary = "A staff member by id", description = "Its ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The staff member.",
            content = @Content(schema = @Schema(implementation = StaffDetails.class)))
    @ApiProblems.NotFound
    @EditorApiResponses
    HttpResponse<StaffDetails> show(long id) {
        return withEtag(HttpResponse.ok(), staff.require(id));
    }

    @Post
    @Operation(operationId = "createStaff", summary = "Add a staff member", description = "Active at once, with the role given.")
    @ApiResponse(responseCode = "201", description = "The staff member as created.",
            content = @Content(schema = @Schema(implementation = StaffDetails.class)))
    @ApiProblems.InvalidBody
    @ApiResponse(responseCode = "422", description = RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @EditorApiResponses
    HttpResponse<StaffDetails> create(@Valid @Body StaffCommands.Create command) {
        StaffUser created = staff.create(command.username(), command.role(),
                new PasswordForm(null, command.password(), command.password()));
        return withEtag(HttpResponse.created(URI.create("/admin/api/staff/" + created.id())), created);
    }

    @Put("/{id}")
    @Operation(operationId = "updateStaff", summary = "Change a staff member's role or deactivate them",
            description = "Deactivating ends their sessions and tokens at once. Nobody lowers their own role, and the "
                    + "last active administrator stays one.")
    @ApiResponse(responseCode = "200", description = "The staff member as changed.",
            content = @Content(schema = @Schema(implementation = StaffDetails.class)))
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiProblems.Stale
    @ApiProblems.VersionRequired
    @ApiResponse(responseCode = "422", description = RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @EditorApiResponses
    HttpResponse<StaffDetails> update(long id, @Valid @Body StaffCommands.Update command, Authentication me,
                                      @Parameter(description = ApiDocs.IF_MATCH) @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), staff.update(id, command.role(), command.active(), version, me.getName()));
    }

    @Post("/{id}/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "resetStaffPassword", summary = "Set a staff member's password",
            description = "For one who forgot theirs; their sessions end.")
    @ApiResponse(responseCode = "204", description = "Set.")
    @ApiProblems.InvalidBody
    @ApiProblems.NotFound
    @ApiResponse(responseCode = "422", description = RULE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @EditorApiResponses
    void resetPassword(long id, @Valid @Body StaffCommands.PasswordReset command) {
        staff.resetPassword(id, new PasswordForm(null, command.password(), command.password()));
    }


    private static HttpResponse<StaffDetails> withEtag(io.micronaut.http.MutableHttpResponse<StaffDetails> response,
                                                       StaffUser user) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(user.version())).body(StaffDetails.from(user));
    }

    @Serdeable
    record StaffList(List<StaffDetails> items) {
    }
}
