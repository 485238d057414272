package dev.catalog.admin.staff;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
import dev.catalog.support.problem.ProblemException;
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

import java.util.Map;

/** Every staff member's own account: change the password. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/account")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class AccountPageController {

    private final StaffService staff;

    AccountPageController(StaffService staff) {
        this.staff = staff;
    }

    @Get
    ModelAndView<Map<String, Object>> showPasswordForm() {
        return new ModelAndView<>("staff/account", Map.of("errors", new FormErrors()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processPasswordForm(HttpRequest<?> request, @Body PasswordForm form, Authentication me) {
        try {
            staff.changeOwnPassword(me.getName(), form);
            Flash.say(request, "Your password was changed.");
            return Pages.seeOther("/admin/account");
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/account", Map.of("errors", new FormErrors().reject(e))));
        }
    }
}
