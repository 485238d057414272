package dev.catalog.admin.signin;

import dev.catalog.admin.staff.PasswordChanged;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * A new password ends the sessions the old one opened: all of them when an administrator set it, all
 * but the one it was changed in when the member changed it.
 */
@Singleton
class SessionsEndedOnNewPassword implements ApplicationEventListener<PasswordChanged> {

    private final StaffSessionRegistry registry;

    SessionsEndedOnNewPassword(StaffSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(PasswordChanged change) {
        String current = change.byTheMember()
                ? ServerRequestContext.currentRequest().flatMap(SessionForRequest::find).map(Session::getId).orElse(null)
                : null;
        registry.endAll(change.staffId(), current);
    }
}
