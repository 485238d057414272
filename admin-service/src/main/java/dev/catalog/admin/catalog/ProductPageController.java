package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.ProductStatus;
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

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The product list ("changelist") and a product's history. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ProductPageController {

    static final int PAGE_SIZE = 50;

    private final ProductChangelistRepository changelist;
    private final CatalogPicker picker;
    private final ProductService products;
    private final HistoryReader history;

    ProductPageController(ProductChangelistRepository changelist, CatalogPicker picker, ProductService products,
                          HistoryReader history) {
        this.changelist = changelist;
        this.picker = picker;
        this.products = products;
        this.history = history;
    }

    @Get
    @View("catalog/products")
    Map<String, Object> list(@RequestBean ProductListParameters parameters) {
        ProductFilter filter = parameters.filter();
        List<ProductRow> rows = changelist.findPage(filter, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("rows", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        model.put("hasNext", rows.size() > PAGE_SIZE);
        model.put("matches", describeCount(changelist.countCapped(filter)));
        model.put("categories", picker.categoryChoices());
        model.put("brands", picker.brandChoices());
        model.put("statuses", ProductStatus.values());
        return model;
    }

    @Get("/{id}/history")
    @View("catalog/product-history")
    Map<String, Object> showHistory(long id, @QueryValue(defaultValue = "0") int page) {
        int safePage = Math.max(0, page);
        return Map.of("product", products.require(id),
                "entries", history.page(null, "product", id, safePage, 50).items(),
                "page", safePage);
    }

    static String describeCount(int capped) {
        String number = NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(Math.min(capped, ProductChangelistRepository.COUNT_CAP));
        return capped > ProductChangelistRepository.COUNT_CAP ? number + "+" : number;
    }
}
