package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** A unique field (a category's slug, a product's sku) already belongs to another object. */
class ValueTakenException extends ProblemException {

    ValueTakenException(String kind, String field, String value) {
        super(HttpStatus.CONFLICT, kind + "." + field + "-taken", "Value already in use",
                "Another " + kind + " already has " + field + " '" + value + "'.",
                List.of(new Problem.InvalidParam(field, "already used by another " + kind)));
    }
}
