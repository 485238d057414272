package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** A CSV import refused as a whole (too big, not UTF-8, not CSV, wrong columns, a sku twice): nothing was changed. */
class ImportRefusedException extends ProblemException {

    ImportRefusedException(HttpStatus status, String code, String detail) {
        super(status, "import." + code, "Import refused", detail + " Nothing was changed.",
                List.of(new Problem.InvalidParam("file", detail)));
    }
}
