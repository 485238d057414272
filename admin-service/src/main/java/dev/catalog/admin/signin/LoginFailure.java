package dev.catalog.admin.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in for a username, which may or may not exist. */
@MappedEntity("login_failure")
record LoginFailure(@Id @GeneratedValue @Nullable Long id, String username, Instant failedAt) {
}
