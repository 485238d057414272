package dev.catalog.admin.token;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Accepts {@code Authorization: Bearer cat_...}. The lookup is JDBC, so it runs on the blocking executor. */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiTokenService tokens;
    private final ExecutorService blocking;

    ApiTokenValidator(ApiTokenService tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(
                () -> tokens.authenticate(token).orElse(null), blocking));
    }
}
