package dev.catalog.publicapi.reads;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A response body ready to send: the serialized JSON and its strong ETag, made once and served from
 * the cache as many times as asked. A null body means "no such published thing", which is cached too.
 */
public record Representation(@Nullable byte[] body, @Nullable String etag, Instant producedAt) {

    static Representation absent(Instant now) {
        return new Representation(null, null, now);
    }

    public boolean found() {
        return body != null;
    }
}
