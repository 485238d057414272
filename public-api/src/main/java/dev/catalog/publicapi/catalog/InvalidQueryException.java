package dev.catalog.publicapi.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

class InvalidQueryException extends ProblemException {

    InvalidQueryException(List<Problem.InvalidParam> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters",
                errors.size() + " query parameter(s) are invalid", errors);
    }
}
