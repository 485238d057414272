package dev.catalog.admin.audit;

import dev.catalog.admin.roles.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** The global history, filterable by user and object type, like Django admin's "Recent actions" in full. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/history")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class HistoryPageController {

    private static final int PAGE_SIZE = 50;

    private final HistoryReader history;

    HistoryPageController(HistoryReader history) {
        this.history = history;
    }

    @Get
    @View("audit/history")
    Map<String, Object> showHistory(@Nullable @QueryValue String actor, @Nullable @QueryValue String type,
                                    @QueryValue(defaultValue = "0") int page) {
        String knownType = type != null && HistoryReader.TYPES.contains(type) ? type : null;
        String anyActor = actor == null || actor.isBlank() ? null : actor;
        int safePage = Math.max(0, page);
        HistoryPage entries = history.page(anyActor, knownType, null, safePage, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries.items());
        model.put("actors", history.actors());
        model.put("types", HistoryReader.TYPES.stream().sorted().toList());
        model.put("actor", anyActor == null ? "" : anyActor);
        model.put("type", knownType == null ? "" : knownType);
        model.put("page", safePage);
        model.put("hasNext", entries.items().size() == PAGE_SIZE);
        return model;
    }
}
