package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

class CategoryInUseException extends ProblemException {

    CategoryInUseException(long id) {
        super(HttpStatus.CONFLICT, "category.in-use", "Category still has products",
                "Category " + id + " still has products; move or delete them first.");
    }
}
