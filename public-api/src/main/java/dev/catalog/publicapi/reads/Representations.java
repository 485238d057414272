package dev.catalog.publicapi.reads;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

/** Serializes a view once and names it by a hash of its bytes: equal bodies, equal ETags, across instances. */
@Singleton
class Representations {

    private static final int ETAG_BYTES = 18;

    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    Representations(JsonMapper json) {
        this.json = json;
    }

    Representation of(Object view) {
        try {
            byte[] body = json.writeValueAsBytes(view);
            return new Representation(body, etagOf(body), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialize " + view.getClass().getSimpleName(), e);
        }
    }

    Representation absent() {
        return Representation.absent(clock.instant());
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, ETAG_BYTES)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
