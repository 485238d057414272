package dev.catalog.admin.token;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A new token as its owner sees it once: the only time the secret is shown. */
@Serdeable
record IssuedToken(long id, String name, String token, Instant createdAt) {
}
