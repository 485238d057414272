package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.DisplayTime;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import dev.catalog.model.catalog.ProductStatus;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk actions from the product list. Publish and archive run at once or at a chosen time; delete
 * first shows what will be deleted and asks again. Each action is one transaction, and each product changed is in the history.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.EDITOR)
class ProductBulkController {

    private final ProductService products;
    private final ScheduleService schedules;

    ProductBulkController(ProductService products, ScheduleService schedules) {
        this.products = products;
        this.schedules = schedules;
    }

    @Post("/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processBulkAction(HttpRequest<?> request, @Body BulkForm form) {
        List<Long> ids = form.ids();
        String back = form.backToList();
        if (ids.isEmpty()) {
            Flash.say(request, "Select one or more products first; nothing was changed.");
            return Pages.seeOther(back);
        }
        return switch (form.action() == null ? "" : form.action()) {
            case "publish" -> statusChanged(request, ids, ProductStatus.PUBLISHED, "published", back);
            case "archive" -> statusChanged(request, ids, ProductStatus.ARCHIVED, "archived", back);
            case "schedule-publish" -> scheduled(request, ids, ScheduledAction.PUBLISH, form.runAt(), back);
            case "schedule-archive" -> scheduled(request, ids, ScheduledAction.ARCHIVE, form.runAt(), back);
            case "delete" -> HttpResponse.ok(new ModelAndView<>("catalog/product-delete",
                    Map.of("products", products.requireAll(ids), "action", "/admin/products/bulk-delete")));
            default -> {
                Flash.say(request, "Choose an action; nothing was changed.");
                yield Pages.seeOther(back);
            }
        };
    }

    @Post("/bulk-delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processBulkDelete(HttpRequest<?> request, @Body BulkForm form) {
        List<Long> ids = form.ids();
        products.deleteAll(ids);
        Flash.say(request, ids.size() + " product(s) deleted.");
        return Pages.seeOther("/admin/products");
    }

    private MutableHttpResponse<?> scheduled(HttpRequest<?> request, List<Long> ids, ScheduledAction action,
                                             @Nullable String runAt, String back) {
        Instant when = ScheduleService.fromForm(runAt);
        if (when == null) {
            Flash.say(request, "Choose when (UTC) to " + action.name().toLowerCase(Locale.ROOT)
                    + " them; nothing was scheduled.");
            return Pages.seeOther(back);
        }
        try {
            int scheduled = schedules.schedule(ids, action, when).size();
            Flash.say(request, scheduled + " product(s) scheduled to " + action.name().toLowerCase(Locale.ROOT)
                    + " at " + new DisplayTime().format(when) + ".");
        } catch (ProblemException refused) {
            Flash.say(request, refused.getMessage() + " Nothing was scheduled.");
        }
        return Pages.seeOther(back);
    }

    private MutableHttpResponse<?> statusChanged(HttpRequest<?> request, List<Long> ids, ProductStatus status,
                                                 String done, String back) {
        int changed = products.changeStatusOfAll(ids, status);
        Flash.say(request, changed + " product(s) " + done + ".");
        return Pages.seeOther(back);
    }
}
