package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

class UnknownCategoryException extends ProblemException {

    UnknownCategoryException(long categoryId) {
        super(HttpStatus.BAD_REQUEST, "product.unknown-category", "Invalid input",
                "No category has id " + categoryId + ".",
                List.of(new Problem.InvalidParam("categoryId", "no category has id " + categoryId)));
    }
}
