package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** A restore of an object that exists: nothing to bring back. */
class NotDeletedException extends ProblemException {

    NotDeletedException(String kind, long id) {
        super(HttpStatus.CONFLICT, kind + ".not-deleted", "Not deleted",
                "The " + kind + " with id " + id + " exists; revert it to an earlier version instead.");
    }
}
