package dev.catalog.admin.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/** Checks a username and password against staff_user. Runs on the blocking executor: JDBC and BCrypt. */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final StaffRepository staff;
    private final PasswordHasher hasher;

    StaffAuthenticationProvider(StaffRepository staff, PasswordHasher hasher) {
        this.staff = staff;
        this.hasher = hasher;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = credentials.getSecret();
        Optional<StaffUser> user = staff.findByUsername(username);
        if (user.isEmpty()) {
            hasher.spendTimeOfOneCheck(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!user.get().active()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(username, user.get().role().granted());
    }
}
