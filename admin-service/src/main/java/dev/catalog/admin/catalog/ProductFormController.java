package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.DisplayTime;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
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
import jakarta.validation.groups.Default;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Add, change and delete one product through HTML forms. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ProductFormController {

    private final ProductService products;
    private final CatalogPicker picker;
    private final ScheduleService schedules;
    private final Validator validator;

    ProductFormController(ProductService products, CatalogPicker picker, ScheduleService schedules,
                          Validator validator) {
        this.products = products;
        this.picker = picker;
        this.schedules = schedules;
        this.validator = validator;
    }

    @Get("/new")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showCreateForm() {
        return formPage(ProductForm.empty(), null, new FormErrors(), null);
    }

    @Post("/new")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCreateForm(HttpRequest<?> request, @Body ProductForm form) {
        FormErrors errors = new FormErrors();
        ProductCommand command = validated(form, errors, ProductCommand.Create.class);
        if (command != null) {
            try {
                Product created = products.create(command);
                Flash.say(request, "The product " + created.sku() + " was added.");
                return Pages.seeOther("/admin/products/" + created.id());
            } catch (ProblemException e) {
                errors.reject(e);
            }
        }
        return invalid(formPage(form, null, errors, null));
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> showEditForm(long id) {
        Product product = products.require(id);
        return formPage(ProductForm.from(product), product, new FormErrors(), null);
    }

    @Post("/{id}")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processEditForm(HttpRequest<?> request, long id, @Body ProductForm form) {
        Product current = products.require(id);
        FormErrors errors = new FormErrors();
        ProductCommand command = validated(form, errors, Default.class);
        if (command == null) {
            return invalid(formPage(form, current, errors, null));
        }
        try {
            Product saved = products.update(id, command, form.editedVersion());
            Flash.say(request, "The product " + saved.sku() + " was changed.");
            return Pages.seeOther("/admin/products/" + id);
        } catch (VersionConflictException e) {
            return conflict(form, products.require(id));
        } catch (ProblemException e) {
            return invalid(formPage(form, current, errors.reject(e), null));
        }
    }

    /** Schedules this product to publish or archive; a bad time is shown beside the schedule form. */
    @Post("/{id}/schedules")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processSchedule(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Product product = products.require(id);
        ScheduledAction action = "ARCHIVE".equals(form.get("action")) ? ScheduledAction.ARCHIVE : ScheduledAction.PUBLISH;
        Instant runAt = ScheduleService.fromForm(form.get("runAt"));
        FormErrors errors = new FormErrors();
        if (runAt == null) {
            errors.reject("runAt", "choose a date and time (UTC)");
        } else {
            try {
                schedules.schedule(List.of(id), action, runAt);
                Flash.say(request, "The product " + product.sku() + " is scheduled to "
                        + action.name().toLowerCase(Locale.ROOT) + " at " + new DisplayTime().format(runAt) + ".");
                return Pages.seeOther("/admin/products/" + id);
            } catch (ProblemException e) {
                errors.reject(e);
            }
        }
        return invalid(formPage(ProductForm.from(product), product, errors, null));
    }

    @Get("/{id}/delete")
    @Secured(Roles.EDITOR)
    ModelAndView<Map<String, Object>> showDeleteConfirmation(long id) {
        return new ModelAndView<>("catalog/product-delete", Map.of("products", java.util.List.of(products.require(id)),
                "action", "/admin/products/" + id + "/delete"));
    }

    @Post("/{id}/delete")
    @Secured(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processDelete(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        Product product = products.require(id);
        products.delete(id, null);
        Flash.say(request, "The product " + product.sku() + " was deleted.");
        return Pages.seeOther("/admin/products");
    }

    // Someone saved first: keep the user's input, show the other person's values, and take their
    // version as the base, so saving again is a deliberate choice to replace them.
    private MutableHttpResponse<?> conflict(ProductForm mine, Product theirs) {
        ProductForm rebased = new ProductForm(mine.sku(), mine.name(), mine.description(), mine.price(),
                mine.currency(), mine.stock(), mine.categoryId(), mine.brandId(), mine.status(),
                String.valueOf(theirs.version()));
        FormErrors errors = new FormErrors().reject(FormErrors.FORM, "Someone else saved this product while you "
                + "were editing it. Nothing was saved. Their values are shown below; save again to replace them "
                + "with yours.");
        return HttpResponse.status(HttpStatus.CONFLICT).body(formPage(rebased, theirs, errors, ProductForm.from(theirs)));
    }

    @Nullable
    private ProductCommand validated(ProductForm form, FormErrors errors, Class<?> rules) {
        ProductCommand command = form.toCommand(errors);
        errors.rejectAll(validator.validate(command, rules));
        return errors.isEmpty() ? command : null;
    }

    private static MutableHttpResponse<?> invalid(ModelAndView<Map<String, Object>> page) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page);
    }

    private ModelAndView<Map<String, Object>> formPage(ProductForm form, @Nullable Product product, FormErrors errors,
                                                       @Nullable ProductForm theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("categories", picker.categoryChoices());
        model.put("brands", picker.brandChoices());
        model.put("statuses", ProductStatus.values());
        if (product != null) {
            model.put("product", product);
            model.put("schedules", schedules.pendingOf(product.id()));
        }
        if (theirs != null) {
            model.put("theirs", theirs);
        }
        return new ModelAndView<>("catalog/product-form", model);
    }
}
