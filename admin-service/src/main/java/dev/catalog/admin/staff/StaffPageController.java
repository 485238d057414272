package dev.catalog.admin.staff;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** Staff management, for administrators only: add people, set roles, deactivate, reset passwords. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class StaffPageController {

    private final StaffService staff;

    StaffPageController(StaffService staff) {
        this.staff = staff;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("staff/list", Map.of("users", staff.list()));
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> showCreateForm() {
        return formPage(StaffForm.empty(), null, new FormErrors(), null);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCreateForm(HttpRequest<?> request, @Body StaffForm form) {
        FormErrors errors = new FormErrors();
        try {
            StaffUser created = staff.create(form.username(), role(form),
                    new PasswordForm(null, form.password(), form.confirmation()));
            Flash.say(request, "The staff member " + created.username() + " was added.");
            return Pages.seeOther("/admin/staff/" + created.id());
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formPage(form.withoutPasswords(), null, errors.reject(e), null));
        }
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> showEditForm(long id) {
        StaffUser user = staff.require(id);
        return formPage(StaffForm.from(user), user, new FormErrors(), null);
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processEditForm(HttpRequest<?> request, long id, @Body StaffForm form,
                                           Authentication me) {
        StaffUser current = staff.require(id);
        FormErrors errors = new FormErrors();
        try {
            staff.update(id, role(form), form.isActive(), form.editedVersion(), me.getName());
            Flash.say(request, "The staff member " + current.username() + " was changed.");
            return Pages.seeOther("/admin/staff/" + id);
        } catch (StaffConflictException e) {
            StaffUser theirs = staff.require(id);
            return HttpResponse.status(HttpStatus.CONFLICT).body(formPage(form.rebasedOn(theirs), theirs,
                    errors.reject(FormErrors.FORM, e.getMessage()), StaffForm.from(theirs)));
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formPage(form.withoutPasswords(), current, errors.reject(e), null));
        }
    }

    @Post("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processPasswordReset(HttpRequest<?> request, long id, @Body PasswordForm form) {
        StaffUser user = staff.require(id);
        try {
            staff.resetPassword(id, form);
            Flash.say(request, "The password of " + user.username() + " was set.");
            return Pages.seeOther("/admin/staff/" + id);
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(StaffForm.from(user), user,
                    new FormErrors().reject(e), null));
        }
    }

    private static StaffRole role(StaffForm form) {
        try {
            return StaffRole.valueOf(form.role() == null ? "" : form.role());
        } catch (IllegalArgumentException e) {
            throw new StaffRuleException("role", "choose VIEWER, EDITOR or ADMIN");
        }
    }

    private static ModelAndView<Map<String, Object>> formPage(StaffForm form, @Nullable StaffUser user,
                                                              FormErrors errors, @Nullable StaffForm theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("roles", StaffRole.values());
        if (user != null) {
            model.put("user", user);
        }
        if (theirs != null) {
            model.put("theirs", theirs);
        }
        return new ModelAndView<>("staff/form", model);
    }
}
