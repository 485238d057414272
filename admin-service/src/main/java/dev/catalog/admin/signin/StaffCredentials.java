package dev.catalog.admin.signin;

import dev.catalog.admin.staff.PasswordHasher;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password for every way in (login form and HTTP Basic), with the same
 * throttling for both, so the API cannot be used to get around the login page's lock.
 */
@Singleton
public class StaffCredentials {

    private static final int MAX_USERNAME = 64;

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    StaffCredentials(StaffRepository staff, PasswordHasher hasher, LoginThrottle throttle) {
        this.staff = staff;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    public SignIn check(String rawUsername, String password) {
        String username = normalize(rawUsername);
        Optional<Instant> lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            return new SignIn.Locked(lockedUntil.get());
        }
        Optional<StaffUser> user = staff.findByUsername(username);
        if (user.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
        }
        if (user.isEmpty() || !hasher.matches(password, user.get().passwordHash()) || !user.get().active()) {
            throttle.recordFailure(username);
            return new SignIn.Refused();
        }
        throttle.recordSuccess(username);
        return SignIn.accepted(user.get());
    }

    static String normalize(String username) {
        String trimmed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_USERNAME ? trimmed.substring(0, MAX_USERNAME) : trimmed;
    }
}
