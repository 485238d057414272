package dev.catalog.admin.token;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** The caller has no live token with this id (another user's tokens count as absent). */
class TokenNotFoundException extends ProblemException {

    TokenNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "token.not-found", "Not found", "You have no live token with id " + id + ".");
    }
}
