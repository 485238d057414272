package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
import dev.catalog.model.catalog.Brand;
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

/** Brands: list, add, change, delete (refused while products have it) and history. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/brands")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class BrandPageController {

    private final BrandService brands;
    private final CatalogPicker picker;
    private final HistoryReader history;
    private final Validator validator;

    BrandPageController(BrandService brands, CatalogPicker picker, HistoryReader history,
                           Validator validator) {
        this.brands = brands;
        this.picker = picker;
        this.history = history;
        this.validator = validator;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("catalog/brands", Map.of("brands", picker.brandSummaries()));
    }

    @Get("/new")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showCreateForm() {
        return formPage(BrandForm.empty(), null, new FormErrors(), null);
    }

    @Post("/new")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCreateForm(HttpRequest<?> request, @Body BrandForm form) {
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        if (errors.isEmpty()) {
            try {
                Brand created = brands.create(form.toCommand());
                Flash.say(request, "The brand " + created.name() + " was added.");
                return Pages.seeOther("/admin/brands/" + created.id());
            } catch (ProblemException e) {
                errors.reject(e);
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, null, errors, null));
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> showEditForm(long id) {
        Brand brand = brands.require(id);
        return formPage(BrandForm.from(brand), brand, new FormErrors(), null);
    }

    @Post("/{id}")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processEditForm(HttpRequest<?> request, long id, @Body BrandForm form) {
        Brand current = brands.require(id);
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        try {
            if (errors.isEmpty()) {
                brands.update(id, form.toCommand(), form.editedVersion());
                Flash.say(request, "The brand " + form.toCommand().name() + " was changed.");
                return Pages.seeOther("/admin/brands/" + id);
            }
        } catch (VersionConflictException e) {
            Brand theirs = brands.require(id);
            errors.reject(FormErrors.FORM, "Someone else saved this brand while you were editing it. Nothing "
                    + "was saved. Their values are shown below; save again to replace them with yours.");
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(formPage(form.rebasedOn(theirs), theirs, errors, BrandForm.from(theirs)));
        } catch (ProblemException e) {
            errors.reject(e);
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, current, errors, null));
    }

    @Get("/{id}/delete")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showDeleteConfirmation(long id) {
        return new ModelAndView<>("catalog/brand-delete", Map.of("brand", brands.require(id)));
    }

    @Post("/{id}/delete")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processDelete(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Brand brand = brands.require(id);
        try {
            brands.delete(id);
        } catch (BrandInUseException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("catalog/brand-delete",
                    Map.of("brand", brand, "error", e.getMessage())));
        }
        Flash.say(request, "The brand " + brand.name() + " was deleted.");
        return Pages.seeOther("/admin/brands");
    }

    @Get("/{id}/history")
    ModelAndView<Map<String, Object>> showHistory(long id) {
        return new ModelAndView<>("catalog/brand-history", Map.of("brand", brands.require(id),
                "entries", history.page(null, "brand", id, 0, 100).items()));
    }

    private static ModelAndView<Map<String, Object>> formPage(BrandForm form, @Nullable Brand brand,
                                                              FormErrors errors, @Nullable BrandForm theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        if (brand != null) {
            model.put("brand", brand);
        }
        if (theirs != null) {
            model.put("theirs", theirs);
        }
        return new ModelAndView<>("catalog/brand-form", model);
    }
}
