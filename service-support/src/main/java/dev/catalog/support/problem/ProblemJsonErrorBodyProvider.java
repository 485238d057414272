package dev.catalog.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/**
 * Errors the framework raises itself (no route, a path variable that is not a number, a malformed
 * JSON body, 401, 403, 405, 415, and any unexpected exception) are answered as problem+json too.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        return Problem.of(status.getCode(), codeOf(status), status.getReason(), detailOf(context, status),
                context.getRequest().getPath(), invalidParams(context, status));
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    static String codeOf(HttpStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // Never echo an unexpected exception's message to the client: it may carry SQL or internals.
    private static String detailOf(ErrorContext context, HttpStatus status) {
        if (status.getCode() >= 500) {
            return "The server could not complete the request; the error has been logged.";
        }
        return context.getErrors().stream().findFirst().map(Error::getMessage).orElse(status.getReason());
    }

    private static List<Problem.InvalidParam> invalidParams(ErrorContext context, HttpStatus status) {
        if (status != HttpStatus.BAD_REQUEST) {
            return List.of();
        }
        return context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.InvalidParam(error.getPath().get(), error.getMessage()))
                .toList();
    }
}
