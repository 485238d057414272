package dev.catalog.admin.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A personal API token. Only the SHA-256 of its secret is kept; the secret is shown once, at creation. */
@MappedEntity("api_token")
record ApiToken(
        @Id @GeneratedValue @Nullable Long id,
        long staffUserId,
        String name,
        String secretSha256,
        @Nullable Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    boolean revoked() {
        return revokedAt != null;
    }
}
