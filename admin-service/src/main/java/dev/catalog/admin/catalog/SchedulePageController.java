package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** Every scheduled change not run yet, soonest first, each with a way to cancel it. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/schedules")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class SchedulePageController {

    private final ScheduleService schedules;

    SchedulePageController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Get
    @View("catalog/schedules")
    Map<String, Object> list() {
        return Map.of("schedules", schedules.pending());
    }

    /** Back to where staff cancelled from (this list or the product's page). */
    @Post("/{id}/cancel")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCancel(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        try {
            ScheduledChange cancelled = schedules.cancel(id);
            Flash.say(request, "The scheduled " + cancelled.action().name().toLowerCase(java.util.Locale.ROOT)
                    + " was cancelled; it will not happen.");
        } catch (CatalogObjectNotFoundException gone) {
            Flash.say(request, "That scheduled change has already happened or was cancelled.");
        }
        return Pages.seeOther(Pages.localTarget(form.getOrDefault("back", "/admin/schedules")));
    }
}
