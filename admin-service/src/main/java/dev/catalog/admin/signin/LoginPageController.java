package dev.catalog.admin.signin;

import dev.catalog.admin.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    static final String REFUSED = "Please enter a correct username and password.";
    static final String LOCKED = "Too many failed sign-ins for this username. Please wait 15 minutes and try again.";

    private final StaffCredentials credentials;
    private final StaffSessions sessions;
    private final SecondFactors secondFactors;

    LoginPageController(StaffCredentials credentials, StaffSessions sessions, SecondFactors secondFactors) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
    }

    @Get("/login")
    ModelAndView<Map<String, Object>> showLoginForm(HttpRequest<?> request, @Nullable @QueryValue String next,
                                                    @Nullable @QueryValue String loggedOut) {
        sessions.prepareAnonymous(request);
        Map<String, Object> model = loginModel("", next, null);
        if (loggedOut != null) {
            model.put("notice", "You have been signed out.");
        }
        return new ModelAndView<>("staff/login", model);
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processLoginForm(HttpRequest<?> request, @Body LoginForm form) {
        SignIn outcome = credentials.check(form.username(), form.password());
        if (outcome instanceof SignIn.Accepted accepted) {
            if (secondFactors.isEnrolled(accepted.staffId())) {
                sessions.awaitSecondFactor(request, accepted.authentication().getName(), Pages.localTarget(form.next()));
                return Pages.seeOther(SecondStepController.PATH);
            }
            sessions.signIn(request, accepted);
            return Pages.seeOther(Pages.localTarget(form.next()));
        }
        boolean locked = outcome instanceof SignIn.Locked;
        return HttpResponse.status(locked ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED)
                .body(new ModelAndView<>("staff/login",
                        loginModel(form.username(), form.next(), locked ? LOCKED : REFUSED)));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> logout(HttpRequest<?> request) {
        MutableHttpResponse<?> response = Pages.seeOther("/admin/login?loggedOut=1");
        sessions.signOut(request, response);
        return response;
    }

    private static Map<String, Object> loginModel(String username, @Nullable String next, @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("next", Pages.localTarget(next));
        if (error != null) {
            model.put("error", error);
        }
        return model;
    }
}
