package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
import dev.catalog.model.catalog.Category;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.Map;

/** Categories: list, add, change, delete (refused while products use it) and history. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class CategoryPageController {

    private final CategoryService categories;
    private final CatalogPicker picker;
    private final HistoryReader history;
    private final Validator validator;

    CategoryPageController(CategoryService categories, CatalogPicker picker, HistoryReader history,
                           Validator validator) {
        this.categories = categories;
        this.picker = picker;
        this.history = history;
        this.validator = validator;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("catalog/categories", Map.of("categories", picker.categorySummaries()));
    }

    @Get("/new")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showCreateForm() {
        return formPage(CategoryForm.empty(), null, new FormErrors(), null);
    }

    @Post("/new")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCreateForm(HttpRequest<?> request, @Body CategoryForm form) {
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        if (errors.isEmpty()) {
            try {
                Category created = categories.create(form.toCommand());
                Flash.say(request, "The category " + created.name() + " was added.");
                return Pages.seeOther("/admin/categories/" + created.id());
            } catch (ProblemException e) {
                errors.reject(e);
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, null, errors, null));
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> showEditForm(long id) {
        Category category = categories.require(id);
        return formPage(CategoryForm.from(category), category, new FormErrors(), null);
    }

    @Post("/{id}")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processEditForm(HttpRequest<?> request, long id, @Body CategoryForm form) {
        Category current = categories.require(id);
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        try {
            if (errors.isEmpty()) {
                categories.update(id, form.toCommand(), form.editedVersion());
                Flash.say(request, "The category " + form.toCommand().name() + " was changed.");
                return Pages.seeOther("/admin/categories/" + id);
            }
        } catch (VersionConflictException e) {
            Category theirs = categories.require(id);
            errors.reject(FormErrors.FORM, "Someone else saved this category while you were editing it. Nothing "
                    + "was saved. Their values are shown below; save again to replace them with yours.");
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(formPage(form.rebasedOn(theirs), theirs, errors, CategoryForm.from(theirs)));
        } catch (ProblemException e) {
            errors.reject(e);
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, current, errors, null));
    }

    @Get("/{id}/delete")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showDeleteConfirmation(long id) {
        return new ModelAndView<>("catalog/category-delete", Map.of("category", categories.require(id)));
    }

    @Post("/{id}/delete")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processDelete(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Category category = categories.require(id);
        try {
            categories.delete(id);
        } catch (CategoryInUseException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("catalog/category-delete",
                    Map.of("category", category, "error", e.getMessage())));
        }
        Flash.say(request, "The category " + category.name() + " was deleted.");
        return Pages.seeOther("/admin/categories");
    }

    @Get("/{id}/history")
    ModelAndView<Map<String, Object>> showHistory(long id) {
        return new ModelAndView<>("catalog/category-history", Map.of("category", categories.require(id),
                "entries", history.page(null, "category", id, 0, 100).items()));
    }

    private static ModelAndView<Map<String, Object>> formPage(CategoryForm form, @Nullable Category category,
                                                              FormErrors errors, @Nullable CategoryForm theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        if (category != null) {
            model.put("category", category);
        }
        if (theirs != null) {
            model.put("theirs", theirs);
        }
        return new ModelAndView<>("catalog/category-form", model);
    }
}
