package dev.catalog.publicapi.reads;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The database did not answer in time (down, unreachable, or too busy), and nothing cached could stand in. */
public class DatabaseUnavailableException extends ProblemException {

    private final Duration retryAfter;

    DatabaseUnavailableException(String detail, Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Temporarily unavailable", detail, List.of(),
                cause);
        this.retryAfter = retryAfter;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }
}
