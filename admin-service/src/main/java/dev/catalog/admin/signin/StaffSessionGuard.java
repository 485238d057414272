package dev.catalog.admin.signin;

import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
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
 * request's session is compared with staff_user, so a deactivated member is signed out at once and a
 * new role applies on the next request.
 */
@ServerFilter("/admin/**")
class StaffSessionGuard implements Ordered {

    private final StaffRepository staff;
    private final SessionStore<Session> sessions;

    StaffSessionGuard(StaffRepository staff, SessionStore<Session> sessions) {
        this.staff = staff;
        this.sessions = sessions;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void refreshSignedInMember(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        Optional<Authentication> signedIn = session.flatMap(s -> s.get(SecurityFilter.AUTHENTICATION, Authentication.class));
        if (signedIn.isEmpty()) {
            return;
        }
        Optional<StaffUser> member = staff.findByUsername(signedIn.get().getName());
        if (member.isEmpty() || !member.get().active()) {
            sessions.deleteSession(session.get().getId());
            request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
        } else if (!member.get().role().granted().containsAll(signedIn.get().getRoles())
                || !signedIn.get().getRoles().containsAll(member.get().role().granted())) {
            session.get().put(SecurityFilter.AUTHENTICATION,
                    Authentication.build(member.get().username(), member.get().role().granted()));
        }
    }
}
