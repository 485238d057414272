package dev.catalog.admin.signin;

import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
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
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The second step of signing in, for members with a second factor: a code from their app, or one of
 * their recovery codes. Throttled like the password, under a key of its own, so a stolen password
 * does not buy unlimited guesses.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller(SecondStepController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SecondStepController {

    static final String PATH = "/admin/login/code";
    static final String REFUSED = "That code is not valid. Enter the current code from your app, or one of your "
            + "recovery codes.";
    static final String EXPIRED = "Please sign in again: the code was not entered within 5 minutes.";

    private final StaffSessions sessions;
    private final SecondFactors secondFactors;
    private final StaffRepository staff;
    private final LoginThrottle throttle;

    SecondStepController(StaffSessions sessions, SecondFactors secondFactors, StaffRepository staff,
                         LoginThrottle throttle) {
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.staff = staff;
        this.throttle = throttle;
    }

    @Get
    MutableHttpResponse<?> showCodeForm(HttpRequest<?> request) {
        if (sessions.pendingSignIn(request).isEmpty()) {
            return Pages.seeOther("/admin/login");
        }
        return HttpResponse.ok(page(null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processCode(HttpRequest<?> request, @Body CodeForm form) {
        Optional<StaffSessions.PendingSignIn> pending = sessions.pendingSignIn(request);
        Optional<StaffUser> member = pending.flatMap(p -> staff.findByUsername(p.username())).filter(StaffUser::active);
        if (member.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ModelAndView<>("staff/login",
                    Map.of("username", "", "next", "/admin/", "error", EXPIRED)));
        }
        String key = throttleKey(member.get().username());
        if (throttle.lockedUntil(key).isPresent()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(LoginPageController.LOCKED));
        }
        if (!secondFactors.accept(member.get().id(), form.code())) {
            throttle.recordFailure(key);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(REFUSED));
        }
        throttle.recordSuccess(key);
        sessions.signIn(request, (SignIn.Accepted) SignIn.accepted(member.get()));
        return Pages.seeOther(Pages.localTarget(pending.get().next()));
    }

    static String throttleKey(String username) {
        return "2fa:" + username;
    }

    private static ModelAndView<Map<String, Object>> page(@Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("staff/login-code", model);
    }

    @Serdeable
    record CodeForm(@Nullable String code) {
    }
}
