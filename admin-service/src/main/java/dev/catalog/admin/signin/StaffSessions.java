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

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The staff session's life: an anonymous session holds the login form's CSRF token; signing in replaces
 * it with a new session (a new id, so a planted id is worthless: no session fixation) and a new token;
 * signing out deletes it on the server and clears the cookie.
 */
@Singleton
class StaffSessions {

    /** How long the second step may take after the password. */
    static final Duration SECOND_STEP_TIME = Duration.ofMinutes(5);
    private static final String PENDING_USERNAME = "catalog.pending.username";
    private static final String PENDING_NEXT = "catalog.pending.next";
    private static final String PENDING_SINCE = "catalog.pending.since";

    private final SessionStore<Session> store;
    private final CsrfConfiguration csrf;
    private final CsrfTokenGenerator<HttpRequest<?>> csrfTokens;
    private final HttpSessionConfiguration cookies;
    private final StaffSessionRegistry registry;

    StaffSessions(SessionStore<Session> store, CsrfConfiguration csrf, CsrfTokenGenerator<HttpRequest<?>> csrfTokens,
                  HttpSessionConfiguration cookies, StaffSessionRegistry registry) {
        this.store = store;
        this.csrf = csrf;
        this.csrfTokens = csrfTokens;
        this.cookies = cookies;
        this.registry = registry;
    }

    /** Makes sure this visitor has a session with a CSRF token, so the login form can be posted. */
    void prepareAnonymous(HttpRequest<?> request) {
        Session session = SessionForRequest.findOrCreate(request, store);
        if (session.get(csrf.getHttpSessionName(), String.class).isEmpty()) {
            session.put(csrf.getHttpSessionName(), csrfTokens.generateCsrfToken(request));
        }
    }

    /**
     * The password was right and a second factor is needed: the (still anonymous) session remembers who,
     * for a few minutes, and where they were going. Nothing is granted until the second step.
     */
    void awaitSecondFactor(HttpRequest<?> request, String username, String next) {
        Session session = SessionForRequest.findOrCreate(request, store);
        session.put(PENDING_USERNAME, username);
        session.put(PENDING_NEXT, next);
        session.put(PENDING_SINCE, Instant.now().toEpochMilli());
    }

    /** Who passed the password step in this session, if that was recent enough. */
    Optional<PendingSignIn> pendingSignIn(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(session -> {
            Optional<String> username = session.get(PENDING_USERNAME, String.class);
            long since = session.get(PENDING_SINCE, Long.class).orElse(0L);
            if (username.isEmpty() || Instant.ofEpochMilli(since).plus(SECOND_STEP_TIME).isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(new PendingSignIn(username.get(), session.get(PENDING_NEXT, String.class).orElse("")));
        });
    }

    record PendingSignIn(String username, String next) {
    }

    void signIn(HttpRequest<?> request, SignIn.Accepted member) {
        SessionForRequest.find(request).ifPresent(old -> store.deleteSession(old.getId()));
        Session fresh = SessionForRequest.create(store, request);
        fresh.put(SecurityFilter.AUTHENTICATION, member.authentication());
        fresh.put(csrf.getHttpSessionName(), csrfTokens.generateCsrfToken(request));
        registry.record(fresh.getId(), member.staffId(), request);
    }

    void signOut(HttpRequest<?> request, MutableHttpResponse<?> response) {
        SessionForRequest.find(request).ifPresent(session -> {
            registry.endSession(session.getId());
            store.deleteSession(session.getId());
        });
        request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE.toString());
        response.cookie(Cookie.of(cookies.getCookieName(), "").path(cookies.getCookiePath().orElse("/"))
                .httpOnly(true).maxAge(0));
    }
}
