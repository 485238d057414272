package dev.catalog.admin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;

import java.util.Optional;

/** A one-time message ("The product was saved") carried across a redirect in the staff session. */
public final class Flash {

    private static final String KEY = "flash";

    private Flash() {
    }

    public static void say(HttpRequest<?> request, String message) {
        SessionForRequest.find(request).ifPresent(session -> session.put(KEY, message));
    }

    static Optional<String> take(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        Optional<String> message = session.flatMap(found -> found.get(KEY, String.class));
        message.ifPresent(found -> session.get().remove(KEY));
        return message;
    }
}
