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

@Controller("/admin/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class HistoryApiController {

    private final HistoryReader history;

    HistoryApiController(HistoryReader history) {
        this.history = history;
    }

    @Get("/history")
    HistoryPage list(@QueryValue @Nullable String actor, @QueryValue @Nullable String type,
                     @QueryValue(defaultValue = "0") @Min(0) int page,
                     @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (type != null && !HistoryReader.TYPES.contains(type)) {
            throw new UnknownTypeException(type);
        }
        return history.page(actor, type, null, page, size);
    }

    @Get("/products/{id}/history")
    HistoryPage productHistory(long id, @QueryValue(defaultValue = "0") @Min(0) int page,
                               @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return history.page(null, "product", id, page, size);
    }

    @Get("/categories/{id}/history")
    HistoryPage categoryHistory(long id, @QueryValue(defaultValue = "0") @Min(0) int page,
                                @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return history.page(null, "category", id, page, size);
    }

    private static final class UnknownTypeException extends ProblemException {

        UnknownTypeException(String type) {
            super(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters", "Unknown object type " + type,
                    List.of(new Problem.InvalidParam("type", "must be one of " + HistoryReader.TYPES)));
        }
    }
}
