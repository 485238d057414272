package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

class UnknownBrandException extends ProblemException {

    UnknownBrandException(long brandId) {
        super(HttpStatus.BAD_REQUEST, "product.unknown-brand", "Invalid input",
                "No brand has id " + brandId + ".",
                List.of(new Problem.InvalidParam("brandId", "no brand has id " + brandId)));
    }
}
