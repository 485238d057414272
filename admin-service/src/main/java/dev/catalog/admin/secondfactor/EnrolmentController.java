package dev.catalog.admin.secondfactor;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.signin.SecondFactorConfiguration;
import dev.catalog.admin.signin.SecondFactors;
import dev.catalog.admin.signin.TotpCodes;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One's own second factor, from the account page: scan the QR code (or type the key), confirm with a
 * code, and get ten recovery codes, shown this once. The key offered is kept in the session until it is
 * confirmed, so a reload shows the same one.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/account/second-factor")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class EnrolmentController {

    private static final String CANDIDATE = "catalog.secondFactor.candidate";

    private final SecondFactors secondFactors;
    private final SecondFactorConfiguration configuration;
    private final TotpCodes totp;
    private final StaffRepository staff;

    EnrolmentController(SecondFactors secondFactors, SecondFactorConfiguration configuration, TotpCodes totp,
                        StaffRepository staff) {
        this.secondFactors = secondFactors;
        this.configuration = configuration;
        this.totp = totp;
        this.staff = staff;
    }

    @Get
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request, Authentication me) {
        return page(request, member(me), null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> confirm(HttpRequest<?> request, Authentication me, @Body ConfirmForm form) {
        StaffUser member = member(me);
        Optional<Session> session = SessionForRequest.find(request);
        Optional<String> candidate = session.flatMap(s -> s.get(CANDIDATE, String.class));
        if (candidate.isEmpty() || secondFactors.isEnrolled(member.id())) {
            return HttpResponse.seeOther(java.net.URI.create("/admin/account/second-factor"));
        }
        Optional<List<String>> recoveryCodes = secondFactors.enrol(member, candidate.get(), form.code());
        if (recoveryCodes.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, member,
                    "That code does not match: check the time on your phone and enter the code it shows now.", null));
        }
        session.get().remove(CANDIDATE);
        return HttpResponse.ok(page(request, member, null, recoveryCodes.get()));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffUser member, @Nullable String error,
                                                   @Nullable List<String> recoveryCodes) {
        Map<String, Object> model = new HashMap<>();
        model.put("required", configuration.isRequiredFor(member.role()));
        Optional<java.time.Instant> enrolledAt = secondFactors.enrolledAt(member.id());
        if (enrolledAt.isPresent()) {
            model.put("enrolledAt", enrolledAt.get());
            model.put("recoveryCodesLeft", secondFactors.recoveryCodesLeft(member.id()));
            if (recoveryCodes != null) {
                model.put("recoveryCodes", recoveryCodes);
            }
        } else {
            String secret = candidate(request);
            model.put("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            model.put("qrCode", QrCodes.pngDataUri(TotpCodes.enrolmentUri(member.username(), secret)));
        }
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("staff/second-factor", model);
    }

    private String candidate(HttpRequest<?> request) {
        Session session = SessionForRequest.find(request).orElseThrow();
        return session.get(CANDIDATE, String.class).orElseGet(() -> {
            String secret = totp.newSecret();
            session.put(CANDIDATE, secret);
            return secret;
        });
    }

    private StaffUser member(Authentication me) {
        return staff.findByUsername(me.getName()).orElseThrow();
    }

    @Serdeable
    record ConfirmForm(@Nullable String code) {
    }
}
