package dev.catalog.admin.secondfactor;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.signin.SecondFactors;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** An administrator sees whether a member has a second factor and resets it (a lost phone); history records it. */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/staff/{id}/second-factor")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class MemberSecondFactorController {

    private final SecondFactors secondFactors;
    private final StaffRepository staff;

    MemberSecondFactorController(SecondFactors secondFactors, StaffRepository staff) {
        this.secondFactors = secondFactors;
        this.staff = staff;
    }

    @Get
    ModelAndView<Map<String, Object>> show(long id) {
        StaffUser member = member(id);
        Map<String, Object> model = new HashMap<>();
        model.put("member", member);
        secondFactors.enrolledAt(id).ifPresent(at -> model.put("enrolledAt", at));
        return new ModelAndView<>("staff/member-second-factor", model);
    }

    @Post("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reset(HttpRequest<?> request, long id) {
        StaffUser member = member(id);
        boolean reset = secondFactors.reset(member);
        Flash.say(request, reset ? member.username() + "'s second factor was reset: they enrol again at their next "
                + "sign-in." : member.username() + " had no second factor.");
        return Pages.seeOther("/admin/staff/" + id + "/second-factor");
    }

    private StaffUser member(long id) {
        return staff.findById(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such member."));
    }
}
