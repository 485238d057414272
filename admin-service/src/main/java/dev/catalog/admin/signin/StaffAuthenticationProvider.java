package dev.catalog.admin.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/** HTTP Basic against staff_user. Runs on the blocking executor: JDBC and BCrypt. */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final StaffCredentials credentials;

    StaffAuthenticationProvider(StaffCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> presented) {
        SignIn outcome = credentials.check(presented.getIdentity(), presented.getSecret());
        if (outcome instanceof SignIn.Accepted accepted) {
            return AuthenticationResponse.success(accepted.authentication().getName(),
                    accepted.authentication().getRoles());
        }
        return AuthenticationResponse.failure(outcome instanceof SignIn.Locked
                ? AuthenticationFailureReason.ACCOUNT_LOCKED
                : AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
