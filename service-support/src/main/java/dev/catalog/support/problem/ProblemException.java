package dev.catalog.support.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Map;

/**
 * An error a client can act on. Each subclass names one situation with a stable code
 * ({@code product.version-conflict}); {@link ProblemExceptionHandler} turns it into problem+json.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<Problem.InvalidParam> errors;

    protected ProblemException(HttpStatus status, String code, String title, @Nullable String detail) {
        this(status, code, title, detail, List.of());
    }

    protected ProblemException(HttpStatus status, String code, String title, @Nullable String detail,
                               List<Problem.InvalidParam> errors) {
        this(status, code, title, detail, errors, null);
    }

    /** For a problem caused by a failure worth keeping in the logs, such as an unreachable database. */
    protected ProblemException(HttpStatus status, String code, String title, @Nullable String detail,
                               List<Problem.InvalidParam> errors, @Nullable Throwable cause) {
        super(detail == null ? title : detail, cause, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }

    public Problem toProblem(String instance) {
        return Problem.of(status.getCode(), code, title, getMessage(), instance, errors);
    }

    /**
     * The problem+json answer. Hot paths (a 404 of a read API) answer with it directly: letting
     * Micronaut find the exception handler costs a bean lookup per error.
     */
    public MutableHttpResponse<Problem> toResponse(String instance) {
        MutableHttpResponse<Problem> response = toProblem(instance).toResponse();
        headers().forEach(response::header);
        return response;
    }
}
