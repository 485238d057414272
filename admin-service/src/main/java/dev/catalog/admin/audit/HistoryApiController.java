package dev.catalog.admin.audit;

import dev.catalog.admin.staff.Roles;
import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Controller("/admin/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class HistoryApiController {

    private static final Set<String> TYPES = Set.of("product", "category", "staff_user");
    private static final Argument<Map<String, FieldChange>> CHANGES =
            Argument.mapOf(Argument.STRING, Argument.of(FieldChange.class));

    private final AuditRepository entries;
    private final JsonMapper json;

    HistoryApiController(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Get("/history")
    HistoryPage list(@QueryValue @Nullable String actor, @QueryValue @Nullable String type,
                     @QueryValue(defaultValue = "0") @Min(0) int page,
                     @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (type != null && !TYPES.contains(type)) {
            throw new UnknownTypeException(type);
        }
        return page(actor, type, null, page, size);
    }

    @Get("/products/{id}/history")
    HistoryPage productHistory(long id, @QueryValue(defaultValue = "0") @Min(0) int page,
                               @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(null, "product", id, page, size);
    }

    @Get("/categories/{id}/history")
    HistoryPage categoryHistory(long id, @QueryValue(defaultValue = "0") @Min(0) int page,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(null, "category", id, page, size);
    }

    private HistoryPage page(@Nullable String actor, @Nullable String type, @Nullable Long id, int page, int size) {
        List<HistoryEntry> items = entries.findNewest(actor, type, id, size, (long) page * size).stream()
                .map(this::toEntry)
                .toList();
        return new HistoryPage(items, page, size);
    }

    private HistoryEntry toEntry(AuditEntry entry) {
        try {
            return new HistoryEntry(entry.occurredAt(), entry.actor(), entry.action(), entry.objectType(),
                    entry.objectId(), entry.objectLabel(), json.readValue(entry.changes(), CHANGES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class UnknownTypeException extends ProblemException {

        UnknownTypeException(String type) {
            super(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters", "Unknown object type " + type,
                    List.of(new Problem.InvalidParam("type", "must be one of " + TYPES)));
        }
    }
}
