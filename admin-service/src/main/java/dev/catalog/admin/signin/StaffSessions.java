package dev.catalog.admin.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionConfiguration;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

/**
 * The staff session's life: an anonymous session holds the login form's CSRF token; signing in replaces
 * it with a new session (a new id, so a planted id is worthless: no session fixation) and a new token;
 * signing out deletes it on the server and clears the cookie.
 */
@Singleton
class StaffSessions {

    private final SessionStore<Session> store;
    private final CsrfConfiguration csrf;
    private final CsrfTokenGenerator<HttpRequest<?>> csrfTokens;
    private final HttpSessionConfiguration cookies;

    StaffSessions(SessionStore<Session> store, CsrfConfiguration csrf, CsrfTokenGenerator<HttpRequest<?>> csrfTokens,
                  HttpSessionConfiguration cookies) {
        this.store = store;
        this.csrf = csrf;
        this.csrfTokens = csrfTokens;
        this.cookies = cookies;
    }

    /** Makes sure this visitor has a session with a CSRF token, so the login form can be posted. */
    void prepareAnonymous(HttpRequest<?> request) {
        Session session = SessionForRequest.findOrCreate(request, store);
        if (session.get(csrf.getHttpSessionName(), String.class).isEmpty()) {
            session.put(csrf.getHttpSessionName(), csrfTokens.generateCsrfToken(request));
        }
    }

    void signIn(HttpRequest<?> request, Authentication authentication) {
        SessionForRequest.find(request).ifPresent(old -> store.deleteSession(old.getId()));
        Session fresh = SessionForRequest.create(store, request);
        fresh.put(SecurityFilter.AUTHENTICATION, authentication);
        fresh.put(csrf.getHttpSessionName(), csrfTokens.generateCsrfToken(request));
    }

    void signOut(HttpRequest<?> request, MutableHttpResponse<?> response) {
        SessionForRequest.find(request).ifPresent(session -> store.deleteSession(session.getId()));
        request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
        response.cookie(Cookie.of(cookies.getCookieName(), "").path(cookies.getCookiePath().orElse("/"))
                .httpOnly(true).maxAge(0));
    }
}
