package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** No {@code product} or {@code category} has this id. */
class CatalogObjectNotFoundException extends ProblemException {

    CatalogObjectNotFoundException(String kind, long id) {
        super(HttpStatus.NOT_FOUND, kind + ".not-found", "Not found", "No " + kind + " has id " + id + ".");
    }
}
