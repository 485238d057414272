package dev.catalog.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code code} repeats the last part of {@code type} so that clients
 * can match on a short stable string; {@code errors} lists every bad field or parameter, not only the first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        String code,
        @Nullable List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:catalog:problem:";

    public static Problem of(int status, String code, String title, @Nullable String detail,
                             @Nullable String instance, List<InvalidParam> errors) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, instance, code,
                errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** This problem as an HTTP answer: its status, the problem+json content type, itself as the body. */
    public MutableHttpResponse<Problem> toResponse() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }

    /** One bad field (JSON body) or parameter (query, path), and why it is bad. */
    @Serdeable
    public record InvalidParam(String name, String reason) {
    }
}
