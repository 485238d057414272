package dev.catalog.admin.signin;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed sign-ins per username, existing or not, so that a lock says nothing about whether an
 * account exists. A locked username is refused before its password is even checked.
 */
@Singleton
class LoginThrottle {

    private final LoginFailureRepository failures;
    private final LoginThrottleConfiguration configuration;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(LoginFailureRepository failures, LoginThrottleConfiguration configuration) {
        this.failures = failures;
        this.configuration = configuration;
    }

    /** Until when {@code username} is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        List<Instant> recent = failures.findRecent(username, now.minus(configuration.window()),
                configuration.maxFailures());
        if (recent.size() < configuration.maxFailures()) {
            return Optional.empty();
        }
        Instant oldestCounted = recent.get(recent.size() - 1);
        return Optional.of(oldestCounted.plus(configuration.window()));
    }

    @Transactional
    void recordFailure(String username) {
        failures.save(new LoginFailure(null, username, clock.instant()));
    }

    // A success wipes the slate for this username, and old failures of everyone with it.
    @Transactional
    void recordSuccess(String username) {
        failures.forget(username, clock.instant().minus(configuration.window()));
    }
}
