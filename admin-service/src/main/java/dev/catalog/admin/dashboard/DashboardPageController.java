package dev.catalog.admin.dashboard;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class DashboardPageController {

    private static final int RECENT_ACTIONS = 10;

    private final DashboardRepository catalog;
    private final HistoryReader history;

    DashboardPageController(DashboardRepository catalog, HistoryReader history) {
        this.catalog = catalog;
        this.history = history;
    }

    @Get
    @View("dashboard")
    Map<String, Object> showDashboard() {
        return Map.of(
                "statusCounts", catalog.countByStatus(),
                "categoryCount", catalog.countCategories(),
                "recent", history.page(null, null, null, 0, RECENT_ACTIONS).items());
    }
}
