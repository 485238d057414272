package dev.catalog.admin.token;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
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
        ApiToken saved = tokens.save(new ApiToken(null, ownerId, name.strip(), sha256(secret), clock.instant(),
                null, null));
        return new IssuedToken(saved.id(), saved.name(), secret, saved.createdAt());
    }

    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<TokenOwner> owner = tokens.findLiveOwner(sha256(secret));
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

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
