package dev.catalog.admin.signin;

import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;

import java.util.Optional;

/**
 * A session remembers who signed in, not what they may do now: before the security checks, each
 * request's session is compared with staff_user and the session index, so a deactivated member or an
 * ended session is signed out at once and a new role applies on the next request.
 */
@ServerFilter("/admin/**")
class StaffSessionGuard implements Ordered {

    /** Where a member who must enrol a second factor may go before they have. */
    static final String ENROLMENT = "/admin/account/second-factor";

    private final StaffRepository staff;
    private final SessionStore<Session> sessions;
    private final SecondFactors secondFactors;
    private final SecondFactorConfiguration secondFactor;
    private final StaffSessionRegistry registry;

    StaffSessionGuard(StaffRepository staff, SessionStore<Session> sessions, SecondFactors secondFactors,
                      SecondFactorConfiguration secondFactor, StaffSessionRegistry registry) {
        this.staff = staff;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.secondFactor = secondFactor;
        this.registry = registry;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> refreshSignedInMember(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        Optional<Authentication> signedIn = session.flatMap(s -> s.get(SecurityFilter.AUTHENTICATION, Authentication.class));
        if (signedIn.isEmpty()) {
            return null;
        }
        Optional<StaffUser> member = staff.findByUsername(signedIn.get().getName());
        if (member.isEmpty() || !member.get().active() || !registry.isLive(session.get().getId())) {
            // Deactivated, or the session was ended (by its member, an administrator, a new password) or
            // outlived its absolute lifetime: signed out here, whichever instance it reaches.
            sessions.deleteSession(session.get().getId());
            request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
            return null;
        }
        if (mustEnrolFirst(request, member.get())) {
            return Pages.seeOther(ENROLMENT);
        }
        if (!member.get().role().granted().containsAll(signedIn.get().getRoles())
                || !signedIn.get().getRoles().containsAll(member.get().role().granted())) {
            session.get().put(SecurityFilter.AUTHENTICATION,
                    Authentication.build(member.get().username(), member.get().role().granted()));
        }
        return null;
    }

    // Until a member whose role requires a second factor has one, every staff page leads to enrolment.
    private boolean mustEnrolFirst(HttpRequest<?> request, StaffUser member) {
        String path = request.getPath();
        boolean allowed = path.startsWith(ENROLMENT) || path.equals("/admin/logout") || path.startsWith("/admin/static/");
        return !allowed && Pages.isPage(request) && secondFactor.isRequiredFor(member.role())
                && !secondFactors.isEnrolled(member.id());
    }
}
