package dev.catalog.admin.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A token as listed later: never the secret. */
@Serdeable
record TokenSummary(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
                    @Nullable Instant revokedAt) {

    static TokenSummary from(ApiToken token) {
        return new TokenSummary(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt());
    }
}
