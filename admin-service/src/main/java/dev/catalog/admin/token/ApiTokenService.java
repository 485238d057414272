package dev.catalog.admin.token;

import dev.catalog.admin.signin.SecretHashes;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Issues, checks and revokes personal API tokens. A token carries 256 random bits, so a fast hash
 * (SHA-256) is enough to store it safely and to check it on every call without BCrypt's cost.
 */
@Singleton
class ApiTokenService {

    static final String PREFIX = "cat_";

    private final ApiTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Creates a token for {@code username}; the returned secret is never stored and cannot be shown again. */
    @Transactional
    IssuedToken issue(String username, String name) {
        long ownerId = tokens.findStaffUserId(username).orElseThrow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken saved = tokens.save(new ApiToken(null, ownerId, name.strip(), SecretHashes.sha256(secret), clock.instant(),
                null, null));
        return new IssuedToken(saved.id(), saved.name(), secret, saved.createdAt());
    }

    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<TokenOwner> owner = tokens.findLiveOwner(SecretHashes.sha256(secret));
        owner.ifPresent(found -> tokens.touch(found.tokenId(), clock.instant()));
        return owner.map(found -> Authentication.build(found.username(), found.role().granted()));
    }

    List<ApiToken> listOwn(String username) {
        return tokens.findByOwner(username);
    }

    @Transactional
    boolean revokeOwn(long id, String username) {
        return tokens.revoke(id, username, clock.instant()) > 0;
    }
}
