package dev.catalog.support.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;

/** The answer to a request that raised (or returns) a {@link ProblemException}. */
@Singleton
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public MutableHttpResponse<Problem> answer(HttpRequest<?> request, ProblemException exception) {
        MutableHttpResponse<Problem> response = exception.toResponse(request.getPath());
        if (request.getMethod() == HttpMethod.HEAD) {
            // Micronaut drops a HEAD answer's body before encoding it, and its length with it: say what GET's is.
            response.getBody().ifPresent(problem -> response.header(HttpHeaders.CONTENT_LENGTH, lengthOf(problem)));
        }
        return response;
    }

    private String lengthOf(Problem problem) {
        try {
            return Integer.toString(json.writeValueAsBytes(problem).length);
        } catch (IOException e) {
            throw new IllegalStateException("A problem body could not be encoded", e);
        }
    }
}
