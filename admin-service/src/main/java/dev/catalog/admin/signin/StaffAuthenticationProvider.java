package dev.catalog.admin.signin;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * HTTP Basic against staff_user. Runs on the blocking executor: JDBC and BCrypt. Refused to accounts with a
 * second factor, which a password alone must not open: they call the API with personal tokens.
 */
@Singleton
class StaffAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String USE_A_TOKEN = "This account signs in with a second factor: call the API with a personal "
            + "token (POST /admin/api/tokens from a signed-in session, or the account page).";

    private final StaffCredentials credentials;
    // Looked up when first needed: second factors record history, and history asks security who signed in.
    private final BeanProvider<SecondFactors> secondFactors;

    StaffAuthenticationProvider(StaffCredentials credentials, BeanProvider<SecondFactors> secondFactors) {
        this.credentials = credentials;
        this.secondFactors = secondFactors;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> presented) {
        SignIn outcome = credentials.check(presented.getIdentity(), presented.getSecret());
        if (outcome instanceof SignIn.Accepted accepted && secondFactors.get().isEnrolled(accepted.staffId())) {
            // A password alone must not open an account that has a second factor.
            return AuthenticationResponse.failure(USE_A_TOKEN);
        }
        if (outcome instanceof SignIn.Accepted accepted) {
            return AuthenticationResponse.success(accepted.authentication().getName(),
                    accepted.authentication().getRoles());
        }
        return AuthenticationResponse.failure(outcome instanceof SignIn.Locked
                ? AuthenticationFailureReason.ACCOUNT_LOCKED
                : AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
