package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** A deleted object cannot come back as it was: what it refers to has gone since. */
class RestoreBlockedException extends ProblemException {

    RestoreBlockedException(String kind, String field, String reason) {
        super(HttpStatus.CONFLICT, kind + ".restore-blocked", "Cannot restore",
                "The " + kind + " cannot be restored: " + reason + ".",
                List.of(new Problem.InvalidParam(field, reason)));
    }
}
