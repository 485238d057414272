package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Post;
import io.micronaut.views.ModelAndView;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The product list ("changelist"), a product's history and versions, revert and restore. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ProductPageController {

    static final int PAGE_SIZE = 50;

    private final ProductChangelistRepository changelist;
    private final CatalogPicker picker;
    private final ScheduleService schedules;
    private final HistoryPages<Product> history;

    ProductPageController(ProductChangelistRepository changelist, CatalogPicker picker, ProductService products,
                          ScheduleService schedules, HistoryReader history) {
        this.changelist = changelist;
        this.picker = picker;
        this.schedules = schedules;
        this.history = new HistoryPages<>(new HistoryPages.Kind<>("product", "/admin/products", Product::sku,
                Product::version, CatalogChanges.PRODUCT_FIELDS, CatalogChanges::fieldsOf), products, history);
    }

    @Get
    @View("catalog/products")
    Map<String, Object> list(@RequestBean ProductListParameters parameters) {
        ProductFilter filter = parameters.filter();
        List<ProductRow> rows = changelist.findPage(filter, PAGE_SIZE);
        List<ProductRow> page = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("rows", page);
        model.put("scheduled", schedules.pendingOf(page.stream().map(ProductRow::id).toList()));
        model.put("hasNext", rows.size() > PAGE_SIZE);
        model.put("matches", changelist.count(filter, (long) filter.page() * PAGE_SIZE).describe());
        model.put("categories", picker.categoryChoices());
        model.put("brands", picker.brandChoices());
        model.put("statuses", ProductStatus.values());
        return model;
    }

    @Get("/{id}/history")
    ModelAndView<Map<String, Object>> showHistory(long id, @QueryValue(defaultValue = "0") int page) {
        return history.historyPage(id, page);
    }

    @Get("/{id}/versions/{entryId}")
    ModelAndView<Map<String, Object>> showVersion(long id, long entryId) {
        return history.versionPage(id, entryId);
    }

    @Post("/{id}/versions/{entryId}/revert")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processRevert(HttpRequest<?> request, long id, long entryId, @Body Map<String, String> form) {
        return history.processRevert(request, id, entryId, form);
    }

    @Post("/{id}/restore")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processRestore(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        return history.processRestore(request, id);
    }
}
