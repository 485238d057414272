package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Category;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;

import java.util.Map;

/** Categories: list, add, change, delete (refused while products use it) and history. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class CategoryPageController {

    private final CatalogPicker picker;
    private final SlugNamedPages<Category, CategoryForm, CategoryCommand> pages;
    private final HistoryPages<Category> history;

    CategoryPageController(CategoryService categories, CatalogPicker picker, HistoryReader history, Validator validator) {
        this.picker = picker;
        this.pages = new SlugNamedPages<>(new SlugNamedPages.Kind<>("category", "/admin/categories", "catalog/category",
                Category::id, Category::name), categories, CategoryForm::from, validator);
        this.history = new HistoryPages<>(new HistoryPages.Kind<>("category", "/admin/categories", Category::name,
                Category::version, CatalogChanges.CATEGORY_FIELDS,
                category -> CatalogChanges.between(null, category).newValues()), categories, history);
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("catalog/categories", Map.of("categories", picker.categorySummaries()));
    }

    @Get("/new")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showCreateForm() {
        return pages.createForm(CategoryForm.empty());
    }

    @Post("/new")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCreateForm(HttpRequest<?> request, @Body CategoryForm form) {
        return pages.processCreate(request, form);
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> showEditForm(long id) {
        return pages.editForm(id);
    }

    @Post("/{id}")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processEditForm(HttpRequest<?> request, long id, @Body CategoryForm form) {
        return pages.processEdit(request, id, form);
    }

    @Get("/{id}/delete")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showDeleteConfirmation(long id) {
        return pages.deleteConfirmation(id);
    }

    @Post("/{id}/delete")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processDelete(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        return pages.processDelete(request, id);
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
